import { LISTS_MANIFEST } from '../../../manifest/manifest';
import type { ListsManifest } from '../../../manifest/manifest.schema';
import type { ListItemSnapshot, ListsSnapshot, RawFieldValue } from '../../ports/lists-reader';
import { personIdentity } from './export-format';

/*
 * CSV exports of the SharePoint lists, the raw record for auditors. Written by hand: the only CSV
 * writer installed (fast-csv, a dependency of exceljs, not of the app) is stream-based and does
 * not neutralise formulas. RFC 4180: fields separated by commas, records ended by CRLF, a field
 * quoted when it holds a quote, comma, CR or LF, a quote inside doubled. UTF-8 with a byte-order
 * mark, so that Excel reads accents correctly.
 */

/** A raw field value. */
export type CsvValue = RawFieldValue;

export type CsvColumn = { readonly key: string; readonly header: string };

/** The byte-order mark Excel needs to read a CSV file as UTF-8. */
export const BOM = '\uFEFF';
const CRLF = '\r\n';

// A spreadsheet reads a cell starting with one of these as a formula (OWASP "CSV injection"):
// "=HYPERLINK(...)" typed into a plan would run when an auditor opens the export.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field as RFC 4180 text. A text that a spreadsheet would read as a formula gets a leading
 * apostrophe, which Excel and LibreOffice show as text and hide; numbers and booleans are written
 * as such (a negative number is a number, not a formula). Null and undefined are empty.
 */
export function csvField(value: CsvValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as an RFC 4180 CSV document: a header record, then one record per row in the order given,
 * every record ended by CRLF, prefixed with the UTF-8 byte-order mark. Keys a row does not have
 * give empty fields; keys not among the columns are not written.
 */
export function toCsv(
  rows: readonly Readonly<Record<string, CsvValue | undefined>>[],
  columns: readonly CsvColumn[],
): string {
  const records = [
    columns.map((c) => csvField(c.header)).join(','),
    ...rows.map((row) => columns.map((c) => csvField(row[c.key])).join(',')),
  ];
  return BOM + records.map((record) => record + CRLF).join('');
}

export type { ListItemSnapshot, ListsSnapshot };

export type CsvFile = { readonly fileName: string; readonly content: string };

/** The system columns every export ends with, by SharePoint's internal names. */
export const SYSTEM_COLUMNS = [
  'Created',
  'Modified',
  'Author',
  'Editor',
  '_UIVersionString',
] as const;

/**
 * One CSV per list of the manifest, in the manifest's order, named `<list>.csv`: `ID`, `Title`,
 * then every column of the manifest by internal name, then the system columns (`Created`,
 * `Modified`, `Author` and `Editor` as `Name <e-mail>`, `_UIVersionString`). Values are written
 * raw, as stored; fields the manifest does not name are not exported (SharePoint adds its own).
 * An empty list still gives a file with its header, so an auditor sees the list exists.
 *
 * @throws Error when the snapshot names a list the manifest does not have: a programming fault,
 *   not something to leave out silently.
 */
export function buildListCsvs(
  snapshot: ListsSnapshot,
  manifest: ListsManifest = LISTS_MANIFEST,
): CsvFile[] {
  const known = new Set(manifest.lists.map((l) => l.name));
  const unknown = Object.keys(snapshot).filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(`The snapshot has lists the manifest does not know: ${unknown.join(', ')}`);
  }
  return manifest.lists.map((list) => {
    const fieldNames = ['Title', ...list.columns.map((c) => c.name)];
    const columns: CsvColumn[] = [
      { key: 'ID', header: 'ID' },
      ...fieldNames.map((name) => ({ key: `field:${name}`, header: name })),
      ...SYSTEM_COLUMNS.map((name) => ({ key: name, header: name })),
    ];
    const rows = (snapshot[list.name] ?? []).map((item) => {
      const row: Record<string, CsvValue> = {
        ID: item.id,
        Created: item.created,
        Modified: item.modified,
        Author: personIdentity(item.author),
        Editor: personIdentity(item.editor),
        _UIVersionString: item.version,
      };
      for (const name of fieldNames) row[`field:${name}`] = item.fields[name] ?? null;
      return row;
    });
    return { fileName: `${list.name}.csv`, content: toCsv(rows, columns) };
  });
}
