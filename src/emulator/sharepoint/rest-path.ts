import { spBadRequest } from './sp-errors';

/** One segment of a SharePoint REST path: `getByTitle('X')` → name `getbytitle`, args `'X'`. */
export type RestSegment = { readonly name: string; readonly args: string | undefined };

/**
 * Splits the part after `_api/` into segments. Slashes inside parentheses or quotes do not split
 * (a title may hold them); names are lower-cased since SharePoint REST ignores their case.
 */
export function parseRestPath(rest: string): RestSegment[] {
  const raw: string[] = [];
  let depth = 0;
  let inQuote = false;
  let current = '';
  for (const ch of rest) {
    if (ch === "'") inQuote = !inQuote;
    if (!inQuote && ch === '(') depth++;
    if (!inQuote && ch === ')') depth--;
    if (ch === '/' && depth === 0 && !inQuote) {
      if (current !== '') raw.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  if (current !== '') raw.push(current);
  return raw.map((segment) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      throw spBadRequest(`Invalid path segment '${segment}'.`);
    }
    const open = decoded.indexOf('(');
    if (open < 0 || !decoded.endsWith(')')) return { name: decoded.toLowerCase(), args: undefined };
    return { name: decoded.slice(0, open).toLowerCase(), args: decoded.slice(open + 1, -1) };
  });
}

/** A quoted OData string argument: `'It''s'` → `It's`; also accepts `guid'…'`. */
export function stringArg(args: string | undefined): string {
  const match = /^\s*(?:guid)?'((?:[^']|'')*)'\s*$/i.exec(args ?? '');
  if (match?.[1] === undefined)
    throw spBadRequest(`Expected a quoted string argument, got '${args ?? ''}'.`);
  return match[1].replace(/''/g, "'");
}

export function numberArg(args: string | undefined): number {
  const value = Number((args ?? '').trim());
  if (!Number.isInteger(value))
    throw spBadRequest(`Expected a number argument, got '${args ?? ''}'.`);
  return value;
}

/** `principalid=3, roledefid=1073741829` → `{ principalid: '3', roledefid: '1073741829' }`. */
export function namedArgs(args: string | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of (args ?? '').split(',')) {
    const [key, value] = part.split('=').map((s) => s.trim());
    if (key !== undefined && key !== '' && value !== undefined) result[key.toLowerCase()] = value;
  }
  return result;
}
