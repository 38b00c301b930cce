import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cardText,
  dataText,
  ELLIPSIS,
  escapeMarkdown,
  neutraliseLinksAndExpressions,
  plainLine,
  truncate,
} from './card-text';
import { markdownToHtml } from './test-support/markdown-double';

const ZWSP = '\u200B';

/** The text a reader sees in the double's HTML: tags dropped, entities decoded, ZWSP removed. */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replaceAll(ZWSP, '');
}

/** Tags other than the paragraph the double wraps every line in. */
function markupTags(html: string): string[] {
  return (html.match(/<[^>]*>/g) ?? []).filter((tag) => tag !== '<p>' && tag !== '</p>');
}

const HOSTILE = [
  '[click](http://evil.example)',
  '**bold**',
  '__bold__',
  '*italic* and _italic_',
  '# heading',
  '###### small heading',
  '- list item',
  '+ list item',
  '* list item',
  '1. first',
  '2027) year',
  '> quoted',
  '<script>alert(1)</script>',
  '<https://evil.example>',
  '![img](http://evil.example/x.png)',
  '`code`',
  '~~struck~~',
  '---',
  'a | b | c',
  '${=1+1}',
  '${title}',
  '{{DATE(2017-02-14T06:08:39Z, SHORT)}}',
  'see https://evil.example/path?q=1',
  'visit www.evil.example',
  'mail boss@evil.example',
  'evil.com',
  '&lt;b&gt;not bold&lt;/b&gt; &amp; &#60;',
  'back\\slash \\*',
];

describe('the markdown double', () => {
  // Negative control: the double must produce markup for unescaped input, or the tests that
  // show escaped input produces none would prove nothing.
  it.each([
    ['[click](http://evil.example)', '<a href="http://evil.example">click</a>'],
    ['**bold**', '<strong>bold</strong>'],
    ['_it_', '<em>it</em>'],
    ['# heading', '<h1>heading</h1>'],
    ['- item', '<ul><li>item</li></ul>'],
    ['1. item', '<ol><li>item</li></ol>'],
    ['> q', '<blockquote> q</blockquote>'],
    ['<script>x</script>', '<script>x</script>'],
    ['go to https://evil.example now', '<a href="https://evil.example">'],
    ['go to www.evil.example now', '<a href="www.evil.example">'],
    ['go to evil.com now', '<a href="evil.com">'],
    ['~~s~~', '<del>s</del>'],
  ])('turns %j into markup', (input, markup) => {
    expect(markdownToHtml(input)).toContain(markup);
  });

  it('shows a backslash-escaped character literally', () => {
    expect(markdownToHtml('\\*\\*not bold\\*\\* \\<b\\>')).toBe('<p>**not bold** &lt;b&gt;</p>');
  });
});

describe('escapeMarkdown', () => {
  it('puts a backslash before every character the markdown subset reads as syntax', () => {
    expect(escapeMarkdown('\\ * _ [ ] ( ) # - + ! > < ~ ` |')).toBe(
      '\\\\ \\* \\_ \\[ \\] \\( \\) \\# \\- \\+ \\! \\> \\< \\~ \\` \\|',
    );
  });

  it('escapes a number followed by a dot at the start of a line only', () => {
    expect(escapeMarkdown('2027. A year')).toBe('2027\\. A year');
    expect(escapeMarkdown('Plan 2027. A year')).toBe('Plan 2027. A year');
    expect(escapeMarkdown('1.5 FTE')).toBe('1.5 FTE');
    expect(escapeMarkdown('12.')).toBe('12\\.');
  });

  it('escapes an ampersand only where it starts a character reference', () => {
    expect(escapeMarkdown('HR & finance')).toBe('HR & finance');
    expect(escapeMarkdown('&lt; &#60; &#x3C;')).toBe('\\&lt; \\&\\#60; \\&\\#x3C;');
  });

  it('leaves ordinary text alone', () => {
    expect(escapeMarkdown('Integriteit: één gesprek per maand, ’s avonds?')).toBe(
      'Integriteit: één gesprek per maand, ’s avonds?',
    );
  });
});

describe('neutraliseLinksAndExpressions', () => {
  it('breaks schemes, host names, templating and text-function expressions invisibly', () => {
    expect(neutraliseLinksAndExpressions('http://evil.example/x')).toBe(
      `http:${ZWSP}//evil.${ZWSP}example/x`,
    );
    expect(neutraliseLinksAndExpressions('www.evil.be')).toBe(`www.${ZWSP}evil.${ZWSP}be`);
    expect(neutraliseLinksAndExpressions('www.\\-x')).toBe(`www.${ZWSP}\\-x`);
    expect(neutraliseLinksAndExpressions('a@b.be')).toBe(`a@b.${ZWSP}be`);
    expect(neutraliseLinksAndExpressions('${=1+1}')).toBe(`$${ZWSP}{=1+1}`);
    expect(neutraliseLinksAndExpressions('{{DATE(x)}}')).toBe(`{${ZWSP}{DATE(x)}}`);
  });

  it('leaves sentences and numbers readable', () => {
    expect(neutraliseLinksAndExpressions('Done. Next step: 1 June.')).toBe(
      'Done. Next step: 1 June.',
    );
  });
});

describe('plainLine', () => {
  it('collapses white space and line breaks to single spaces', () => {
    expect(plainLine('  one\n\ntwo\t three \r\n')).toBe('one two three');
  });

  it('removes control, bidirectional-override and zero-width characters', () => {
    expect(plainLine('a\u0000b\u202Ecd\u2066e\u200Bf\uFEFFg\u0007h')).toBe('abcdefgh');
  });
});

describe('truncate', () => {
  it('keeps a text of at most the limit as it is', () => {
    const text = 'x'.repeat(120);
    expect(truncate(text, 120)).toBe(text);
  });

  it('cuts a longer text to the limit, ending with an ellipsis', () => {
    const cut = truncate(`${'word '.repeat(30)}end`, 120);
    expect(Array.from(cut)).toHaveLength(120);
    expect(cut.endsWith(`word${ELLIPSIS}`)).toBe(true);
  });

  it('keeps emoji and accented letters whole', () => {
    const cut = truncate('é'.repeat(5) + '👮🏽‍♀️'.repeat(5), 8);
    expect(cut).toBe(`ééééé👮🏽‍♀️👮🏽‍♀️${ELLIPSIS}`);
  });

  it('bounds a grapheme made of hundreds of combining marks', () => {
    const zalgo = `a${'\u0301'.repeat(1000)}b`;
    expect(truncate(zalgo, 120).length).toBeLessThanOrEqual(481);
  });

  it('dataText shortens a plain line to 120 characters by default', () => {
    expect(Array.from(dataText(`  ${'a'.repeat(200)}\n`))).toHaveLength(120);
  });
});

describe('cardText', () => {
  it.each(HOSTILE)('shows %j literally and makes no markup of it', (hostile) => {
    const html = markdownToHtml(cardText(hostile));
    expect(markupTags(html)).toEqual([]);
    expect(visibleText(html)).toBe(hostile);
  });

  it('leaves no scheme, templating or text-function expression in the card text', () => {
    for (const hostile of HOSTILE) {
      const text = cardText(hostile);
      expect(text).not.toMatch(/:\/\/|\$\{|\{\{/);
    }
  });

  const markdownish = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          ...'\\*_[]()#-+!<>~`|&.:;/@=${}'.split(''),
          'http://',
          'https://',
          'www.',
          '.com',
          '.be',
          'evil',
          '1.',
          '12)',
          ' ',
          '\n',
          '\n\n',
          '&lt;',
          '&#60;',
          '${',
          '{{',
          'DATE(2017-02-14T06:08:39Z)',
          '<a href="x">',
          '</script>',
        ),
        fc.string({ maxLength: 3 }),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(''));

  it('never lets data become markup, and always shows it as typed (property)', () => {
    fc.assert(
      fc.property(fc.oneof(markdownish, fc.string({ unit: 'binary', maxLength: 60 })), (raw) => {
        const html = markdownToHtml(cardText(raw));
        expect(markupTags(html)).toEqual([]);
        expect(visibleText(html)).toBe(plainLine(raw));
        expect(cardText(raw)).not.toMatch(/:\/\/|\$\{|\{\{/);
      }),
      { numRuns: 2000 },
    );
  });
});
