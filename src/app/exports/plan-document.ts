import type * as Docx from 'docx';
import type {
  Content,
  ContentText,
  Node as PdfNode,
  TableCell as PdfTableCell,
  TDocumentDefinitions,
} from 'pdfmake/interfaces';
import type { CatalogueElement } from '../../core/catalogue/catalogue.types';
import type { PlanBundle } from '../../core/plan/plan.types';
import { requireInstant } from '../../core/schedule/brussels-time';
import type { IsoDateTime } from '../../core/shared/dates';
import type { Locale } from '../../core/shared/locale';
import { PLAN_DOCUMENT_LABELS } from './export-labels';
import { formatMessage, reportProgress, xmlSafe } from './export-format';
import type { ProgressListener } from './export-format';
import { buildPlanContent } from './plan-content';
import type {
  CellPart,
  DocumentBlock,
  PlanDocumentContent,
  TableCellContent,
  TableColumn,
} from './plan-content';
import { loadPdfMake, PDF_FONT } from './pdfmake-setup';

/** What the plan exports need; `generatedAt` is printed on the title page. */
export type PlanExportInput = {
  readonly bundle: PlanBundle;
  readonly locale: Locale;
  readonly catalogue: readonly CatalogueElement[];
  readonly generatedAt: IsoDateTime;
  readonly onProgress?: ProgressListener;
};

const PRODUCER = 'Integrity Dashboard';
const MUTED_COLOUR = '595959';
const HEADER_FILL = 'D9E2F3';

// Private-use characters stand in for the page fields while the footer template is formatted;
// they cannot come from data because the template's only values are these two markers.
const PAGE_MARK = '\uE000';
const PAGES_MARK = '\uE001';

/** A piece of the page footer: text, or the current page / page count field. */
type FooterPart = { readonly text: string } | { readonly field: 'page' | 'pages' };

/** The footer template split around its two page fields, in the reader's language. */
function footerParts(locale: Locale): readonly FooterPart[] {
  const text = formatMessage(PLAN_DOCUMENT_LABELS.page, locale, {
    page: PAGE_MARK,
    pages: PAGES_MARK,
  });
  return text
    .split(new RegExp(`(${PAGE_MARK}|${PAGES_MARK})`))
    .filter((part) => part !== '')
    .map((part): FooterPart =>
      part === PAGE_MARK
        ? { field: 'page' }
        : part === PAGES_MARK
          ? { field: 'pages' }
          : { text: part },
    );
}

// ---------------------------------------------------------------------------------------------
// DOCX

/** A4 with 2 cm margins, in twentieths of a point. */
const A4_WIDTH_TWIPS = 11_906;
const MARGIN_TWIPS = 1_134;
const TEXT_WIDTH_TWIPS = A4_WIDTH_TWIPS - 2 * MARGIN_TWIPS;

type DocxModule = typeof Docx;

/**
 * A text from data as Word runs: each line its own run after a line break, so a note typed on
 * several lines keeps them. The library escapes the text for XML; characters XML cannot carry at
 * all are replaced first (see `xmlSafe`).
 */
function docxRuns(
  docx: DocxModule,
  text: string,
  style: { readonly strong?: boolean; readonly muted?: boolean } = {},
): Docx.TextRun[] {
  return xmlSafe(text)
    .split(/\r\n|\r|\n/)
    .map((line, index) => {
      // Typed apart: inline, the object literal is also read as the string form of the
      // constructor's argument, and `bold` as the deprecated `String.prototype.bold`.
      const options: Docx.IRunOptions = {
        text: line,
        ...(index > 0 ? { break: 1 } : {}),
        ...(style.strong === true ? { bold: true } : {}),
        ...(style.muted === true ? { color: MUTED_COLOUR } : {}),
      };
      return new docx.TextRun(options);
    });
}

function docxCell(
  docx: DocxModule,
  parts: TableCellContent,
  options: { readonly align: 'left' | 'right'; readonly weight: number; readonly header?: boolean },
): Docx.TableCell {
  const alignment = options.align === 'right' ? docx.AlignmentType.RIGHT : docx.AlignmentType.LEFT;
  const paragraphs =
    parts.length === 0
      ? [new docx.Paragraph({ alignment })]
      : parts.map(
          (part) =>
            new docx.Paragraph({
              alignment,
              children: docxRuns(docx, part.text, {
                strong: part.bold === true || options.header === true,
                ...(part.muted === true ? { muted: true } : {}),
              }),
            }),
        );
  return new docx.TableCell({
    children: paragraphs,
    width: { size: options.weight, type: docx.WidthType.PERCENTAGE },
    ...(options.header === true
      ? { shading: { type: docx.ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } }
      : {}),
  });
}

function columnWidths(columns: readonly { readonly weight: number }[]): number[] {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  return columns.map((c) => Math.floor((c.weight / total) * TEXT_WIDTH_TWIPS));
}

function docxTable(
  docx: DocxModule,
  columns: readonly TableColumn[],
  rows: readonly { readonly cells: readonly TableCellContent[] }[],
  withHeader: boolean,
): Docx.Table {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const percent = columns.map((c) => ({ ...c, weight: (c.weight / total) * 100 }));
  const header = withHeader
    ? [
        new docx.TableRow({
          tableHeader: true,
          children: percent.map((c) =>
            docxCell(docx, [{ text: c.header }], {
              align: c.align,
              weight: c.weight,
              header: true,
            }),
          ),
        }),
      ]
    : [];
  return new docx.Table({
    width: { size: TEXT_WIDTH_TWIPS, type: docx.WidthType.DXA },
    columnWidths: columnWidths(columns),
    rows: [
      ...header,
      ...rows.map(
        (row) =>
          new docx.TableRow({
            children: percent.map((column, i) =>
              docxCell(docx, row.cells[i] ?? [], { align: column.align, weight: column.weight }),
            ),
          }),
      ),
    ],
  });
}

function docxBlock(docx: DocxModule, block: DocumentBlock): (Docx.Paragraph | Docx.Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new docx.Paragraph({
          heading: block.level === 2 ? docx.HeadingLevel.HEADING_2 : docx.HeadingLevel.HEADING_3,
          keepNext: true,
          children: docxRuns(docx, block.text),
        }),
      ];
    case 'label':
      return [
        new docx.Paragraph({
          keepNext: true,
          spacing: { before: 160 },
          children: docxRuns(docx, block.text, { strong: true }),
        }),
      ];
    case 'paragraph':
      return [
        new docx.Paragraph({
          children: docxRuns(docx, block.text, block.muted === true ? { muted: true } : {}),
        }),
      ];
    case 'bullets':
      return block.items.map(
        (item) => new docx.Paragraph({ bullet: { level: 0 }, children: docxRuns(docx, item) }),
      );
    case 'fields':
      return [
        docxTable(
          docx,
          [
            { header: '', align: 'left', weight: 30 },
            { header: '', align: 'left', weight: 70 },
          ],
          block.rows.map((row) => ({
            cells: [[{ text: row.label, bold: true }], [{ text: row.value }]],
          })),
          false,
        ),
        new docx.Paragraph({}),
      ];
    case 'table':
      return [
        docxTable(
          docx,
          block.columns,
          block.rows.map((row) => ({
            cells: row.cells.map((cell) =>
              row.total === true ? cell.map((part): CellPart => ({ ...part, bold: true })) : cell,
            ),
          })),
          true,
        ),
        new docx.Paragraph({}),
      ];
  }
}

function docxDocument(docx: DocxModule, content: PlanDocumentContent): Docx.Document {
  const titlePage = [
    new docx.Paragraph({ children: docxRuns(docx, content.documentKind, { muted: true }) }),
    new docx.Paragraph({
      heading: docx.HeadingLevel.TITLE,
      children: docxRuns(docx, content.title),
    }),
    ...docxBlock(docx, { kind: 'fields', rows: content.titleFields }),
    new docx.Paragraph({ children: docxRuns(docx, content.generatedNote, { muted: true }) }),
  ];
  const body = content.sections.flatMap((section, index) => [
    new docx.Paragraph({
      heading: docx.HeadingLevel.HEADING_1,
      keepNext: true,
      // The title page stands alone; the sections follow each other.
      pageBreakBefore: index === 0,
      children: docxRuns(docx, section.heading),
    }),
    ...section.blocks.flatMap((block) => docxBlock(docx, block)),
  ]);
  const footer = new docx.Footer({
    children: [
      new docx.Paragraph({
        alignment: docx.AlignmentType.RIGHT,
        children: [
          new docx.TextRun({ text: `${xmlSafe(content.title)} · `, color: MUTED_COLOUR, size: 16 }),
          ...footerParts(content.locale).map((part) =>
            'field' in part
              ? new docx.TextRun({
                  children: [
                    part.field === 'page' ? docx.PageNumber.CURRENT : docx.PageNumber.TOTAL_PAGES,
                  ],
                  color: MUTED_COLOUR,
                  size: 16,
                })
              : new docx.TextRun({ text: part.text, color: MUTED_COLOUR, size: 16 }),
          ),
        ],
      }),
    ],
  });
  return new docx.Document({
    creator: PRODUCER,
    title: xmlSafe(content.title),
    subject: content.documentKind,
    description: content.generatedNote,
    styles: {
      default: {
        // Sets the proofing language, so Word spell-checks the plan in the reader's language.
        document: { run: { language: { value: content.language }, font: 'Calibri', size: 21 } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4_WIDTH_TWIPS, height: 16_838 },
            margin: {
              top: MARGIN_TWIPS,
              bottom: MARGIN_TWIPS,
              left: MARGIN_TWIPS,
              right: MARGIN_TWIPS,
            },
          },
        },
        footers: { default: footer },
        children: [...titlePage, ...body],
      },
    ],
  });
}

/**
 * The plan as a Word document (DOCX) in the reader's language: a title page with status and
 * adoption date, then the seven sections of the AIG model plan as level-1 headings, objectives and
 * per-objective parts as level-2/3 headings, and tables for SMART elements, actions with their
 * resources, actors, monitoring, the evaluation calendar and communication.
 *
 * Loads the `docx` library on first use, so the tab only downloads it when a user exports.
 */
export async function buildPlanDocx(input: PlanExportInput): Promise<Uint8Array> {
  const total = 3;
  const content = buildPlanContent(input);
  await reportProgress(input.onProgress, { step: 'content', done: 1, total });
  const docx = await import('docx');
  const document = docxDocument(docx, content);
  await reportProgress(input.onProgress, { step: 'layout', done: 2, total });
  const bytes = await docx.Packer.pack(document, 'uint8array');
  await reportProgress(input.onProgress, { step: 'pack', done: 3, total });
  return bytes;
}

// ---------------------------------------------------------------------------------------------
// PDF

/**
 * Control characters are replaced as in the DOCX (they print as nothing or as boxes). Roboto
 * lacks a few spacing characters that `Intl` puts into French numbers and dates (the
 * narrow no-break space before "%" and "€"); they would print as empty boxes. They become the
 * ordinary no-break space, which Roboto has and which keeps the same line-breaking.
 */
function pdfText(text: string): string {
  return xmlSafe(text).replace(/[\u202F\u2007\u2009]/g, '\u00A0');
}

function pdfCell(parts: TableCellContent, column: TableColumn, bold = false): PdfTableCell {
  if (parts.length === 0) return { text: '' };
  return {
    stack: parts.map((part) => ({
      text: pdfText(part.text),
      bold: bold || part.bold === true,
      ...(part.muted === true ? { color: `#${MUTED_COLOUR}` } : {}),
      alignment: column.align,
    })),
  };
}

function pdfWidths(columns: readonly TableColumn[]): string[] {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  return columns.map((c) => `${((c.weight / total) * 100).toFixed(2)}%`);
}

/**
 * Builds the pdfmake nodes of the document. Every heading and lead-in label gets a stable id (the
 * content is the same on every pass), so a layout pass can name the ones left at the bottom of a
 * page and the next pass can start them on a new page.
 */
class PdfBuilder {
  private next = 0;

  constructor(private readonly breakBefore: ReadonlySet<string>) {}

  /** A node that must stay with what follows it. */
  keep(node: ContentText): Content {
    this.next += 1;
    const id = `keep-${this.next}`;
    // pdfmake reads `id` on any node and hands it to `pageBreakBefore` (its typings only list it
    // for anchors): that is how a layout pass names the headings it finds at a page bottom.
    return {
      ...node,
      id,
      ...(this.breakBefore.has(id) ? { pageBreak: 'before' as const } : {}),
    };
  }

  block(block: DocumentBlock): Content[] {
    switch (block.kind) {
      case 'heading':
        return [
          this.keep({
            text: pdfText(block.text),
            style: block.level === 2 ? 'h2' : 'h3',
            headlineLevel: block.level,
            ...(block.level === 2 ? { outline: true } : {}),
          }),
        ];
      case 'label':
        return [this.keep({ text: pdfText(block.text), style: 'label', headlineLevel: 4 })];
      case 'paragraph':
        return [{ text: pdfText(block.text), style: block.muted === true ? 'muted' : 'body' }];
      case 'bullets':
        return [{ ul: block.items.map((item) => ({ text: pdfText(item) })), style: 'body' }];
      case 'fields':
        return [
          {
            style: 'table',
            layout: 'lightHorizontalLines',
            table: {
              widths: ['30%', '70%'],
              body: block.rows.map((row) => [
                { text: pdfText(row.label), bold: true },
                { text: pdfText(row.value) },
              ]),
            },
          },
        ];
      case 'table':
        return [
          {
            style: 'table',
            layout: 'lightHorizontalLines',
            table: {
              headerRows: 1,
              // The header row never stands alone at the bottom of a page.
              keepWithHeaderRows: 1,
              widths: pdfWidths(block.columns),
              body: [
                block.columns.map((column) => ({
                  text: pdfText(column.header),
                  style: 'tableHeader',
                  alignment: column.align,
                })),
                ...block.rows.map((row) =>
                  block.columns.map((column, i) =>
                    pdfCell(row.cells[i] ?? [], column, row.total === true),
                  ),
                ),
              ],
            },
          },
        ];
    }
  }
}

type LayoutPass = {
  /** Ids of the headings to start on a new page. */
  readonly breakBefore: ReadonlySet<string>;
  /**
   * Told of every heading this layout leaves at the bottom of a page. Returns whether pdfmake
   * should move it right away (and lay out the rest again) or only take note for the next pass.
   */
  readonly orphan: (id: string) => boolean;
};

function pdfDefinition(
  content: PlanDocumentContent,
  generatedAt: IsoDateTime,
  pass: LayoutPass,
): TDocumentDefinitions {
  const parts = footerParts(content.locale);
  const builder = new PdfBuilder(pass.breakBefore);
  return {
    pageSize: 'A4',
    pageMargins: [56, 56, 56, 56],
    language: content.language,
    displayTitle: true,
    info: {
      title: pdfText(content.title),
      subject: content.documentKind,
      creator: PRODUCER,
      producer: PRODUCER,
      creationDate: new Date(requireInstant(generatedAt, 'generatedAt')),
    },
    defaultStyle: { font: PDF_FONT, fontSize: 9.5, lineHeight: 1.15 },
    styles: {
      kind: { fontSize: 12, color: `#${MUTED_COLOUR}`, margin: [0, 120, 0, 4] },
      title: { fontSize: 22, bold: true, margin: [0, 0, 0, 24] },
      h1: { fontSize: 16, bold: true, margin: [0, 18, 0, 8] },
      h2: { fontSize: 13, bold: true, margin: [0, 14, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      label: { bold: true, margin: [0, 8, 0, 2] },
      body: { margin: [0, 0, 0, 6] },
      muted: { color: `#${MUTED_COLOUR}`, margin: [0, 0, 0, 6] },
      table: { fontSize: 8.5, margin: [0, 2, 0, 10] },
      tableHeader: { bold: true, fillColor: `#${HEADER_FILL}` },
      footer: {
        fontSize: 8,
        color: `#${MUTED_COLOUR}`,
        alignment: 'right',
        margin: [56, 16, 56, 0],
      },
    },
    // pdfmake lays the whole document out again after every break this callback asks for (86
    // pages with 10 breaks took 30 s), so `buildPlanPdf` first only collects the orphaned
    // headings of a whole layout and moves them all at once in a second pass, where the few that
    // the move itself pushes to a page bottom are moved one by one. A heading is orphaned when no
    // line of content follows it on its page: past further headings, a table's header cells
    // (which move with the table's first row) and the page footer (which pdfmake lists among the
    // page's nodes), no text starts there.
    pageBreakBefore: (node, queries) => {
      if (node.headlineLevel === undefined || node.id === undefined) return false;
      const isText = (n: PdfNode): boolean =>
        n.text !== undefined && n.style !== 'tableHeader' && n.style !== 'footer';
      const content = queries
        .getFollowingNodesOnPage()
        .find((n) => isText(n) && n.headlineLevel === undefined);
      // In a run of headings ("4. Actors", "OD 1.1"), only the first moves: the rest follow it.
      const previous = queries.getPreviousNodesOnPage().filter(isText).at(-1);
      return content === undefined && previous?.headlineLevel === undefined && pass.orphan(node.id);
    },
    footer: (page, pages) => ({
      style: 'footer',
      text: pdfText(
        `${content.title} · ${parts
          .map((part) =>
            'text' in part ? part.text : String(part.field === 'page' ? page : pages),
          )
          .join('')}`,
      ),
    }),
    content: [
      { text: pdfText(content.documentKind), style: 'kind' },
      { text: pdfText(content.title), style: 'title' },
      ...builder.block({ kind: 'fields', rows: content.titleFields }),
      { text: pdfText(content.generatedNote), style: 'muted' },
      ...content.sections.flatMap((section, index): Content[] => [
        index === 0
          ? // The title page stands alone.
            { text: pdfText(section.heading), style: 'h1', outline: true, pageBreak: 'before' }
          : builder.keep({
              text: pdfText(section.heading),
              style: 'h1',
              headlineLevel: 1,
              outline: true,
            }),
        ...section.blocks.flatMap((block) => builder.block(block)),
      ]),
    ],
  };
}

/**
 * The plan as a PDF with the same content, in the same order, as {@link buildPlanDocx}: title page,
 * then the seven sections (bookmarked), tables repeating their header row across pages, headings
 * kept with what follows them. The font (Roboto) is embedded from pdfmake's virtual file system,
 * so nothing is fetched: the export works offline in Node and in the tab. Loads pdfmake on first
 * use. Rows of a table may break across pages: a row kept whole would lose what does not fit on
 * one page (pdfmake has no multi-page unbreakable blocks), and no text may be cut.
 *
 * @param options.compress false leaves the page streams readable (for inspection); default true.
 */
export async function buildPlanPdf(
  input: PlanExportInput,
  options: { readonly compress?: boolean } = {},
): Promise<Uint8Array> {
  const total = 3;
  const content = buildPlanContent(input);
  await reportProgress(input.onProgress, { step: 'content', done: 1, total });
  const pdfMake = await loadPdfMake();
  const render = async (pass: LayoutPass): Promise<Uint8Array> =>
    pdfMake
      .createPdf({
        ...pdfDefinition(content, input.generatedAt, pass),
        compress: options.compress ?? true,
      })
      .getBuffer();
  const orphans = new Set<string>();
  let buffer = await render({
    breakBefore: new Set(),
    orphan: (id) => {
      orphans.add(id);
      return false;
    },
  });
  await reportProgress(input.onProgress, { step: 'layout', done: 2, total });
  if (orphans.size > 0) buffer = await render({ breakBefore: orphans, orphan: () => true });
  await reportProgress(input.onProgress, { step: 'pack', done: 3, total });
  // A view on the same bytes, so callers get a plain Uint8Array in Node and in the browser.
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
