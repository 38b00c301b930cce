/*
 * A stand-in for the markdown step Teams applies to TextBlock text. No markdown library is
 * installed (markdown-it is not a dependency), so this follows CommonMark where the Teams subset
 * uses it, and errs towards producing markup, so that a test against it is stricter than Teams:
 *
 * - backslash escapes of ASCII punctuation give the literal character (CommonMark §2.4);
 * - headings, bullet and ordered lists, block quotes and thematic breaks at a line start;
 * - code spans, images, inline links, `<scheme:…>` autolinks, strong, emphasis, strikethrough;
 * - raw HTML is passed through (as markdown-it does with `html: true`);
 * - bare URLs, `www.` followed by a domain character and host names with a TLD are linked (GFM
 *   extended autolinks, plus the fuzzy host-name matching of linkify-it), as Teams clients link
 *   URLs in text.
 *
 * It is a test double, not a CommonMark implementation: nesting, delimiter runs and reference
 * links are simplified. Its own tests show it does produce the markup for unescaped input.
 */

const ASCII_PUNCTUATION = /^[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]$/;
const PLACEHOLDER_BASE = 0xe000;
const PLACEHOLDER_COUNT = 0x1900;
const PRIVATE_USE = /^[\uE000-\uF8FF]$/;

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

const LINKIFY =
  /\b(?:https?|ftp):\/\/[^\s<]+|\bwww\.[\p{L}\p{N}_-][^\s<]*|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|\b[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}\b(?:\/[^\s<]*)?/gu;

/** Links bare URLs and host names in the text outside tags and outside existing links. */
function linkify(html: string): string {
  let insideLink = false;
  return html
    .split(/(<[^>]*>)/)
    .map((part) => {
      if (part.startsWith('<')) {
        if (/^<a\b/i.test(part)) insideLink = true;
        if (/^<\/a>/i.test(part)) insideLink = false;
        return part;
      }
      return insideLink ? part : part.replace(LINKIFY, (url) => `<a href="${url}">${url}</a>`);
    })
    .join('');
}

function inline(text: string): string {
  const html = text
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/!\[([^\]]*)\]\(([^)\s]*)\)/g, '<img alt="$1" src="$2">')
    .replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, '<a href="$2">$1</a>')
    .replace(/<((?:https?|ftp|mailto):[^>\s]*)>/g, '<a href="$1">$1</a>')
    .replace(/\*\*(?=\S)(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/__(?=\S)(.+?)__/g, '<strong>$1</strong>')
    .replace(/\*(?=\S)(.+?)\*/g, '<em>$1</em>')
    .replace(/(?<![\p{L}\p{N}])_(?=\S)(.+?)_(?![\p{L}\p{N}])/gu, '<em>$1</em>')
    .replace(/~~(?=\S)(.+?)~~/g, '<del>$1</del>');
  return linkify(html);
}

function block(line: string): string {
  const heading = /^ {0,3}(#{1,6})(?: +|$)(.*)$/.exec(line);
  if (heading !== null) {
    const level = heading[1]?.length ?? 1;
    return `<h${level}>${inline(heading[2] ?? '')}</h${level}>`;
  }
  if (/^ {0,3}([-*_])(?: *\1){2,} *$/.test(line)) return '<hr>';
  const bullet = /^ {0,3}[-+*](?: +|$)(.*)$/.exec(line);
  if (bullet !== null) return `<ul><li>${inline(bullet[1] ?? '')}</li></ul>`;
  const ordered = /^ {0,3}\d{1,9}[.)](?: +|$)(.*)$/.exec(line);
  if (ordered !== null) return `<ol><li>${inline(ordered[1] ?? '')}</li></ol>`;
  const quote = /^ {0,3}>(.*)$/.exec(line);
  if (quote !== null) return `<blockquote>${inline(quote[1] ?? '')}</blockquote>`;
  return `<p>${inline(line)}</p>`;
}

/** Markdown to HTML, as the test double of Teams' TextBlock processing. */
export function markdownToHtml(markdown: string): string {
  // Escaped characters become private-use placeholders no rule below can match.
  const literals: string[] = [];
  let source = '';
  for (let index = 0; index < markdown.length; index += 1) {
    const character = markdown.charAt(index);
    const next = markdown.charAt(index + 1);
    const escaped = character === '\\' && ASCII_PUNCTUATION.test(next);
    // A private-use character in the input is kept as a literal too, so it cannot pose as one.
    if (escaped || PRIVATE_USE.test(character)) {
      if (literals.length === PLACEHOLDER_COUNT) throw new Error('markdown double: text too long');
      source += String.fromCharCode(PLACEHOLDER_BASE + literals.length);
      literals.push(escaped ? next : character);
      if (escaped) index += 1;
    } else {
      source += character;
    }
  }
  const html = source
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(block)
    .join('');
  return html.replace(/[\uE000-\uF8FF]/g, (placeholder) =>
    escapeHtml(literals[placeholder.charCodeAt(0) - PLACEHOLDER_BASE] ?? ''),
  );
}
