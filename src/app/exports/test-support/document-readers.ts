import { inflateSync } from 'node:zlib';
import JSZip from 'jszip';

/*
 * Readers that open what the exports write, the way a user's application would, so that tests
 * check the files and not the code that wrote them: a DOCX's paragraphs from its XML, a PDF's text
 * from its page streams and the fonts' ToUnicode maps, and a strict RFC 4180 CSV parser.
 */

// ---------------------------------------------------------------------------------------------
// DOCX

export type DocxParagraph = {
  /** The paragraph style (`Heading1`, `Title`, …), null for the default style. */
  readonly style: string | null;
  readonly text: string;
};

export type DocxContent = {
  readonly documentXml: string;
  readonly stylesXml: string;
  readonly paragraphs: readonly DocxParagraph[];
  readonly files: readonly string[];
};

function decodeXmlText(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_, entity: string) => {
    switch (entity) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(
          entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)),
        );
    }
  });
}

/** Opens a DOCX and lists the paragraphs of `word/document.xml` in document order. */
export async function readDocx(bytes: Uint8Array): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(bytes);
  const entry = zip.file('word/document.xml');
  if (entry === null) throw new Error('word/document.xml is missing');
  const documentXml = await entry.async('string');
  const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const paragraphs: DocxParagraph[] = [];
  for (const match of documentXml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)) {
    const body = match[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1] ?? null;
    let text = '';
    for (const token of body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>|<w:tab\/>/g)) {
      if (token[0] === '<w:br/>') text += '\n';
      else if (token[0] === '<w:tab/>') text += '\t';
      else text += decodeXmlText(token[1] ?? '');
    }
    paragraphs.push({ style, text });
  }
  return { documentXml, stylesXml, paragraphs, files: Object.keys(zip.files) };
}

// ---------------------------------------------------------------------------------------------
// PDF

type PdfObject = { readonly dict: string; readonly stream: Uint8Array | null };

function readObjects(bytes: Uint8Array): Map<number, PdfObject> {
  const source = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // latin1 maps every byte to one character, so string offsets are byte offsets.
  const text = source.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\b/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text)) !== null) {
    const start = match.index + match[0].length;
    const streamAt = text.indexOf('stream', start);
    const endAt = text.indexOf('endobj', start);
    if (streamAt !== -1 && streamAt < endAt) {
      const dict = text.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? NaN);
      const dataStart = streamAt + 'stream'.length + (text[streamAt + 6] === '\r' ? 2 : 1);
      if (!Number.isFinite(length))
        throw new Error(`Object ${match[1]}: stream without a direct /Length`);
      const raw = source.subarray(dataStart, dataStart + length);
      const stream = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
      objects.set(Number(match[1]), { dict, stream: new Uint8Array(stream) });
      header.lastIndex = dataStart + length;
    } else {
      objects.set(Number(match[1]), { dict: text.slice(start, endAt), stream: null });
      header.lastIndex = endAt;
    }
  }
  return objects;
}

function streamText(object: PdfObject | undefined): string {
  if (object?.stream === null || object === undefined) return '';
  return Buffer.from(object.stream).toString('latin1');
}

function utf16Hex(spaced: string): string {
  const hex = spaced.replace(/\s+/g, '');
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4)
    out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

/** A font's ToUnicode map: glyph code (hex) to text. */
function toUnicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const pair of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) {
      map.set((pair[1] ?? '').toLowerCase(), utf16Hex(pair[2] ?? ''));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const range of (block[1] ?? '').matchAll(
      /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F\s]+>)/g,
    )) {
      const from = parseInt(range[1] ?? '', 16);
      const to = parseInt(range[2] ?? '', 16);
      const width = (range[1] ?? '').length;
      const target = range[3] ?? '';
      const targets = target.startsWith('[')
        ? [...target.matchAll(/<([0-9a-fA-F\s]+)>/g)].map((t) => utf16Hex(t[1] ?? ''))
        : null;
      for (let code = from; code <= to; code += 1) {
        const key = code.toString(16).padStart(width, '0');
        if (targets !== null) {
          map.set(key, targets[code - from] ?? '');
        } else {
          const base = utf16Hex(target.slice(1, -1));
          map.set(
            key,
            base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - from),
          );
        }
      }
    }
  }
  return map;
}

export type PdfContent = {
  /** The text of every page in order; lines end with "\n", pages with "\f". */
  readonly text: string;
  readonly pageCount: number;
};

/**
 * Extracts the text of a PDF written by pdfkit (pdfmake): follows the page tree, inflates the
 * content streams and decodes each font's glyph codes through its ToUnicode map. Text pieces on
 * the same baseline are joined, a new baseline starts a new line.
 */
export function readPdf(bytes: Uint8Array): PdfContent {
  const objects = readObjects(bytes);
  const fontMaps = new Map<string, Map<string, string>>();
  const fontObjects = new Map<string, number>();
  for (const object of objects.values()) {
    for (const ref of object.dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      fontObjects.set(ref[1] ?? '', Number(ref[2]));
    }
  }
  for (const [name, id] of fontObjects) {
    const font = objects.get(id);
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(font?.dict ?? '')?.[1];
    fontMaps.set(
      name,
      toUnicode === undefined
        ? new Map<string, string>()
        : toUnicodeMap(streamText(objects.get(Number(toUnicode)))),
    );
  }

  const root = [...objects.values()].find(
    (o) => /\/Type \/Pages\b/.test(o.dict) && !/\/Parent/.test(o.dict),
  );
  if (root === undefined) throw new Error('No page tree');
  const pageIds: number[] = [];
  const walk = (dict: string): void => {
    const kids = /\/Kids \[([^\]]*)\]/.exec(dict)?.[1] ?? '';
    for (const kid of kids.matchAll(/(\d+) 0 R/g)) {
      const object = objects.get(Number(kid[1]));
      if (object === undefined) continue;
      if (/\/Type \/Pages\b/.test(object.dict)) walk(object.dict);
      else pageIds.push(Number(kid[1]));
    }
  };
  walk(root.dict);

  let text = '';
  for (const pageId of pageIds) {
    const page = objects.get(pageId);
    const contents = /\/Contents (\d+) 0 R/.exec(page?.dict ?? '')?.[1];
    const content = streamText(objects.get(Number(contents)));
    let font = new Map<string, string>();
    let lastY: string | null = null;
    for (const op of content.matchAll(
      /\/(F\d+) [\d.]+ Tf|[-\d.]+ [-\d.]+ [-\d.]+ [-\d.]+ [-\d.]+ ([-\d.]+) Tm|\[([^\]]*)\] TJ|<([0-9a-fA-F]*)> Tj/g,
    )) {
      if (op[1] !== undefined) {
        font = fontMaps.get(op[1]) ?? new Map<string, string>();
      } else if (op[2] !== undefined) {
        if (lastY !== null && op[2] !== lastY) text += '\n';
        lastY = op[2];
      } else {
        const hexes =
          op[3] !== undefined
            ? [...op[3].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1] ?? '')
            : [op[4] ?? ''];
        for (const hex of hexes) {
          for (let i = 0; i + 4 <= hex.length; i += 4) {
            text += font.get(hex.slice(i, i + 4).toLowerCase()) ?? '\uFFFD';
          }
        }
      }
    }
    text += '\n\f';
  }
  return { text, pageCount: pageIds.length };
}

/** White space (line breaks, no-break spaces) collapsed to single spaces, for searching. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Checks that `needles` occur in `haystack` in the given order (each after the previous one);
 * returns the first needle that does not, or null.
 */
export function firstOutOfOrder(haystack: string, needles: readonly string[]): string | null {
  let from = 0;
  for (const needle of needles) {
    const at = haystack.indexOf(needle, from);
    if (at === -1) return needle;
    from = at + needle.length;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// CSV

/**
 * A strict RFC 4180 reader: records end with CRLF (a bare CR or LF outside quotes is an error),
 * fields are separated by commas, a quoted field may hold commas, CR, LF and doubled quotes, and
 * a quote anywhere else is an error. A leading byte-order mark is removed and reported.
 */
export function parseCsv(content: string): { readonly bom: boolean; readonly records: string[][] } {
  const bom = content.startsWith('\uFEFF');
  const text = bom ? content.slice(1) : content;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let atFieldStart = true;
  while (i < text.length) {
    const ch = text[i];
    if (atFieldStart && ch === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('Unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i += 1;
            break;
          }
        } else {
          field += text.charAt(i);
          i += 1;
        }
      }
      atFieldStart = false;
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        throw new Error(`Unexpected character after a quoted field at ${i}`);
      }
      continue;
    }
    if (ch === ',') {
      record.push(field);
      field = '';
      atFieldStart = true;
      i += 1;
    } else if (ch === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`Bare CR at ${i}`);
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      atFieldStart = true;
      i += 2;
    } else if (ch === '\n') {
      throw new Error(`Bare LF at ${i}`);
    } else if (ch === '"') {
      throw new Error(`Quote inside an unquoted field at ${i}`);
    } else {
      field += text.charAt(i);
      atFieldStart = false;
      i += 1;
    }
  }
  if (!atFieldStart || field !== '' || record.length > 0) {
    throw new Error('The last record does not end with CRLF');
  }
  return { bom, records };
}
