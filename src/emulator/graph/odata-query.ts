import { invalidRequest } from './errors';

/** Graph v1.0 accepts system query options with or without the `$` prefix. */
export function queryOption(url: URL, name: string): string | undefined {
  return url.searchParams.get(`$${name}`) ?? url.searchParams.get(name) ?? undefined;
}

/** Splits on commas that are not inside parentheses: `fields(select=A,B),driveItem`. */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      parts.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim() !== '') parts.push(current.trim());
  return parts;
}

export type FieldsExpansion = {
  readonly expanded: boolean;
  /** Selected column names, or undefined for all columns. */
  readonly select: readonly string[] | undefined;
};

/**
 * Reads `expand=fields`, `expand=fields(select=A,B)` and `$expand=fields($select=A,B)` (both are
 * accepted by Graph for list items, m365-platform-facts §1.3).
 */
export function parseFieldsExpansion(url: URL): FieldsExpansion {
  const expand = queryOption(url, 'expand');
  if (expand === undefined) return { expanded: false, select: undefined };
  for (const part of splitTopLevel(expand)) {
    const match = /^fields(?:\((.*)\))?$/i.exec(part);
    if (match === null) continue;
    const inner = match[1]?.trim();
    if (inner === undefined || inner === '') return { expanded: true, select: undefined };
    const select = /^\$?select=(.*)$/i.exec(inner);
    if (select?.[1] === undefined) throw invalidRequest(`Invalid expand option '${part}'.`);
    const names = select[1]
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    return { expanded: true, select: names };
  }
  return { expanded: false, select: undefined };
}

export type OrderBy = { readonly path: string; readonly descending: boolean };

export function parseOrderBy(url: URL): OrderBy[] {
  const raw = queryOption(url, 'orderby');
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((part) => {
    const [path, direction, extra] = part.trim().split(/\s+/);
    if (path === undefined || extra !== undefined)
      throw invalidRequest(`Invalid $orderby '${raw}'.`);
    const dir = (direction ?? 'asc').toLowerCase();
    if (dir !== 'asc' && dir !== 'desc') throw invalidRequest(`Invalid $orderby '${raw}'.`);
    return { path, descending: dir === 'desc' };
  });
}

/** Default page size 200, `$top` honoured up to 5,000 (m365-platform-facts §1.5). */
export const DEFAULT_PAGE_SIZE = 200;
export const MAX_PAGE_SIZE = 5000;

export function parseTop(url: URL): number {
  const raw = queryOption(url, 'top');
  if (raw === undefined) return DEFAULT_PAGE_SIZE;
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) {
    throw invalidRequest(`Invalid value '${raw}' for $top query option.`);
  }
  return Math.min(Number(raw), MAX_PAGE_SIZE);
}

/** A page position: `$skiptoken` = base64 of `Paged=TRUE&p_ID=<lastId>` (+ `p_<Field>` when sorted). */
export type PagePosition = {
  readonly lastId: number;
  readonly values: Readonly<Record<string, string>>;
};

export function encodeSkipToken(position: PagePosition): string {
  const params = new URLSearchParams();
  params.set('Paged', 'TRUE');
  for (const [name, value] of Object.entries(position.values)) params.set(`p_${name}`, value);
  params.set('p_ID', String(position.lastId));
  // Graph emits the base64 without padding (`UGFnZWQ9VFJVRSZwX0lEPTE` = `Paged=TRUE&p_ID=1`).
  return Buffer.from(params.toString(), 'utf8').toString('base64').replace(/=+$/, '');
}

export function decodeSkipToken(token: string): PagePosition {
  const text = Buffer.from(token, 'base64').toString('utf8');
  const params = new URLSearchParams(text);
  const id = params.get('p_ID');
  if (params.get('Paged') !== 'TRUE' || id === null || !/^\d+$/.test(id)) {
    throw invalidRequest('The skip token is invalid.');
  }
  const values: Record<string, string> = {};
  for (const [name, value] of params) {
    if (name.startsWith('p_') && name !== 'p_ID') values[name.slice(2)] = value;
  }
  return { lastId: Number(id), values };
}
