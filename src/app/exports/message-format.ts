import { IntlMessageFormat } from 'intl-messageformat';

export type MessageValues = Readonly<Record<string, string | number>>;

const CACHE = new Map<string, IntlMessageFormat>();

/**
 * Formats an ICU template with values in a locale (BCP 47) with intl-messageformat, caching the
 * parsed template. Values are inserted as they are, never read as ICU, so data cannot inject
 * syntax; callers format dates first.
 *
 * @throws when the template is not valid ICU or a value it needs is missing
 */
export function formatIcu(template: string, locale: string, values: MessageValues = {}): string {
  const key = `${locale}\u0000${template}`;
  let format = CACHE.get(key);
  if (format === undefined) {
    format = new IntlMessageFormat(template, locale);
    CACHE.set(key, format);
  }
  const out = format.format(values);
  return Array.isArray(out) ? out.join('') : String(out);
}
