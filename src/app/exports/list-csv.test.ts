import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LISTS_MANIFEST } from '../../../manifest/manifest';
import { BOM, buildListCsvs, csvField, SYSTEM_COLUMNS, toCsv } from './list-csv';
import type { CsvValue, ListsSnapshot } from './list-csv';
import {
  DEMO_BUNDLE,
  DEMO_MEASUREMENTS,
  DEMO_RATINGS,
  INTEGRITY_OFFICER,
} from './test-support/demo-fixture';
import { parseCsv } from './test-support/document-readers';
import { listsSnapshot } from './test-support/list-snapshot';

/** What a spreadsheet must show for a text: formulas neutralised by a leading apostrophe. */
function shown(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function expected(value: CsvValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return shown(value);
  return String(value);
}

describe('toCsv', () => {
  const columns = [
    { key: 'id', header: 'ID' },
    { key: 'text', header: 'Text, with comma' },
    { key: 'n', header: 'Number' },
    { key: 'b', header: 'Flag' },
  ] as const;
  const rows = [
    { id: 'a1', text: 'He said "hi", then left', n: 1.5, b: true },
    { id: 'a2', text: 'line one\r\nline two\nline three\rfour', n: -10, b: false },
    { id: 'a3', text: '=HYPERLINK("https://evil.example","click")', n: 0, b: null },
    { id: 'a4', text: '+1 230', n: null },
    { id: 'a5', text: '-10 % klachten', n: 2 },
    { id: 'a6', text: '@SUM(A1:A2)', n: 3 },
    { id: 'a7', text: '\tcmd', n: 4 },
    { id: 'a8', text: 'Ééntje, Łukasz, Öztürk 🚓', n: 5 },
    { id: 'a9', text: '' },
  ];

  it('writes RFC 4180 with a BOM and CRLF, and reads back to the input with formulas neutralised', () => {
    const content = toCsv(rows, columns);
    expect(content.startsWith(BOM)).toBe(true);
    expect(content.endsWith('\r\n')).toBe(true);
    const { bom, records } = parseCsv(content);
    expect(bom).toBe(true);
    expect(records[0]).toEqual(columns.map((c) => c.header));
    expect(records.slice(1)).toEqual(
      rows.map((row) => columns.map((c) => expected((row as Record<string, CsvValue>)[c.key]))),
    );
  });

  it('quotes exactly the fields that need it and doubles inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "x"')).toBe('"say ""x"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('=1,1')).toBe('"\'=1,1"');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(Number.NaN)).toBe('');
    expect(csvField(null)).toBe('');
  });

  it('reads back any text exactly (neutralised formulas aside)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 2, maxLength: 2 }), {
          maxLength: 8,
        }),
        (cells) => {
          const data = cells.map(([a, b]) => ({ a: a ?? '', b: b ?? '' }));
          const { records } = parseCsv(
            toCsv(data, [
              { key: 'a', header: 'a' },
              { key: 'b', header: 'b' },
            ]),
          );
          expect(records.slice(1)).toEqual(data.map((d) => [shown(d.a), shown(d.b)]));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('buildListCsvs', () => {
  const hostile = '=HYPERLINK("https://evil.example","klik")';
  const bundle = {
    ...DEMO_BUNDLE,
    actions: DEMO_BUNDLE.actions.map((a, i) =>
      i === 0
        ? {
            ...a,
            title: hostile,
            description: 'Regel 1, met "aanhalingstekens"\r\nRegel 2\nRegel 3',
          }
        : a,
    ),
  };
  const snapshot = listsSnapshot(bundle, DEMO_MEASUREMENTS, DEMO_RATINGS, {
    created: '2025-11-13T09:00:00Z',
    modified: '2026-03-15T13:30:00Z',
    by: INTEGRITY_OFFICER,
  });
  const files = buildListCsvs(snapshot);

  it('writes one file per list of the manifest, in its order, with every column and the system columns', () => {
    expect(files.map((f) => f.fileName)).toEqual(LISTS_MANIFEST.lists.map((l) => `${l.name}.csv`));
    for (const [index, list] of LISTS_MANIFEST.lists.entries()) {
      const { records } = parseCsv(files[index]!.content);
      expect(records[0]).toEqual([
        'ID',
        'Title',
        ...list.columns.map((c) => c.name),
        ...SYSTEM_COLUMNS,
      ]);
      expect(records).toHaveLength(1 + (snapshot[list.name]?.length ?? 0));
    }
  });

  it('exports the raw values of every item, including quotes, commas, line breaks and formulas', () => {
    for (const list of LISTS_MANIFEST.lists) {
      const file = files.find((f) => f.fileName === `${list.name}.csv`)!;
      const [header, ...records] = parseCsv(file.content).records;
      const items = snapshot[list.name] ?? [];
      records.forEach((record, i) => {
        const item = items[i]!;
        const byName = Object.fromEntries(header!.map((name, k) => [name, record[k]]));
        expect(byName.ID).toBe(item.id);
        for (const column of ['Title', ...list.columns.map((c) => c.name)]) {
          expect(byName[column]).toBe(expected(item.fields[column]));
        }
        expect(byName.Created).toBe(item.created);
        expect(byName.Modified).toBe(item.modified);
        expect(byName.Author).toBe('Sofie Claes <sofie.claes@pz-demo.example>');
        expect(byName._UIVersionString).toBe(item.version);
      });
    }
    const actions = parseCsv(files.find((f) => f.fileName === 'IntegrityActions.csv')!.content);
    const first = actions.records[1]!;
    expect(first).toContain(`'${hostile}`);
    expect(first).toContain('Regel 1, met "aanhalingstekens"\r\nRegel 2\nRegel 3');
    // A title starting with a minus is text and is neutralised; a negative number stays a number.
    const objectives = parseCsv(
      files.find((f) => f.fileName === 'IntegrityObjectives.csv')!.content,
    );
    expect(
      objectives.records.some((r) =>
        r.includes("'-10 % klachten over onrechtmatige consultatie van databanken tegen eind 2027"),
      ),
    ).toBe(true);
  });

  it('refuses a list the manifest does not know, rather than leaving it out', () => {
    const unknown: ListsSnapshot = { ...snapshot, IntegrityTypo: [] };
    expect(() => buildListCsvs(unknown)).toThrow(/IntegrityTypo/);
  });
});
