/**
 * Date and time columns hold an instant (UTC). "Date only" is a display format: a value written
 * through the API keeps the instant it was given (`2026-01-01T00:00:00Z` reads back as written),
 * while a date typed in SharePoint's form is stored as midnight in the *site's* time zone — on a
 * Brussels site 1 March becomes `2026-02-28T23:00:00Z` (pnp/pnpjs#1890 shows T05/T06 on a US
 * site, shifting with DST). Text without a zone is read as site-local time, as SharePoint does.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws for an unknown IANA zone (a configuration fault). */
export function assertTimeZone(timeZone: string): void {
  formatter(timeZone);
}

function localParts(ms: number, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return parts;
}

function offsetMs(ms: number, timeZone: string): number {
  const p = localParts(ms, timeZone);
  const asUtc = Date.UTC(
    p.year ?? 0,
    (p.month ?? 1) - 1,
    p.day ?? 1,
    p.hour ?? 0,
    p.minute ?? 0,
    p.second ?? 0,
  );
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/** The UTC instant of local midnight of a calendar day in the zone. */
export function localMidnightUtc(
  year: number,
  month: number,
  day: number,
  timeZone: string,
): number {
  const guess = Date.UTC(year, month - 1, day);
  const first = guess - offsetMs(guess, timeZone);
  const second = guess - offsetMs(first, timeZone);
  return second;
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in the zone. */
export function localDate(ms: number, timeZone: string): string {
  const p = localParts(ms, timeZone);
  const pad = (n: number | undefined, w = 2): string => String(n ?? 0).padStart(w, '0');
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

function toIso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Normalises a written date value to the UTC instant SharePoint stores (seconds precision), or
 * returns undefined when the text is not a date.
 */
export function normaliseDateValue(text: string, timeZone: string): string | undefined {
  const dateOnly = DATE_ONLY.exec(text);
  if (dateOnly !== null) {
    const [y, m, d] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])];
    const check = new Date(Date.UTC(y, m - 1, d));
    if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
    return toIso(localMidnightUtc(y, m, d, timeZone));
  }
  if (!DATE_TIME.test(text)) return undefined;
  const hasZone = /Z|[+-]\d{2}:\d{2}$/.test(text);
  const asUtc = Date.parse(hasZone ? text : `${text}Z`);
  if (Number.isNaN(asUtc)) return undefined;
  return toIso(hasZone ? asUtc : asUtc - offsetMs(asUtc, timeZone));
}

/** How SharePoint's form stores a date typed into a date-only column: local midnight, in UTC. */
export function formDateOnly(isoDate: string, timeZone: string): string {
  const match = DATE_ONLY.exec(isoDate);
  if (match === null) throw new Error(`not a date: ${isoDate}`);
  return toIso(localMidnightUtc(Number(match[1]), Number(match[2]), Number(match[3]), timeZone));
}
