import type { IsoDate, IsoDateTime } from '../../../core/shared/dates';
import type { PersonRef } from '../../../core/shared/person';

/*
 * Column conventions shared with the emulator: references are item ids in `*Ref` text columns,
 * lists of ids one per line in a note, persons as `<X>Name`/`<X>Email`/`<X>Id` text triples,
 * dateOnly columns written `YYYY-MM-DDT00:00:00Z`.
 */

export type Fields = Readonly<Record<string, unknown>>;

export function text(fields: Fields, name: string): string {
  const value = fields[name];
  return typeof value === 'string' ? value : '';
}

export function textOrNull(fields: Fields, name: string): string | null {
  const value = fields[name];
  return typeof value === 'string' && value !== '' ? value : null;
}

export function numberOrNull(fields: Fields, name: string): number | null {
  const value = fields[name];
  return typeof value === 'number' ? value : null;
}

const BRUSSELS_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * A dateOnly column as `YYYY-MM-DD`. Written through Graph it reads back at 00:00Z; one typed in
 * SharePoint's form is stored at midnight of the site's time zone (Europe/Brussels), e.g.
 * `2026-02-28T23:00:00Z` for 1 March, so any other time is read as a Brussels calendar day.
 */
export function dateOnlyOrNull(fields: Fields, name: string): IsoDate | null {
  const value = textOrNull(fields, name);
  if (value === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) || /T00:00:00(\.0+)?Z$/.test(value)) {
    return value.slice(0, 10);
  }
  const instant = Date.parse(value);
  return Number.isNaN(instant) ? value : BRUSSELS_DATE.format(instant);
}

export function encodeDateOnly(value: IsoDate | null): string | null {
  return value === null ? null : `${value}T00:00:00Z`;
}

export function dateTimeOrNull(fields: Fields, name: string): IsoDateTime | null {
  return textOrNull(fields, name);
}

/** One value per line, blank lines and surrounding spaces ignored. */
export function lines(fields: Fields, name: string): string[] {
  return text(fields, name)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function encodeLines(values: readonly string[]): string | null {
  return values.length === 0 ? null : values.join('\n');
}

/**
 * A person from its text triple, or null when none of the three is filled. A triple with an
 * e-mail or id but no name is returned as a person without a name, for the schema to refuse.
 */
export function person(fields: Fields, prefix: string): PersonRef | null {
  const displayName = textOrNull(fields, `${prefix}Name`);
  const email = textOrNull(fields, `${prefix}Email`);
  const id = textOrNull(fields, `${prefix}Id`);
  if (displayName === null && email === null && id === null) return null;
  return {
    displayName: displayName ?? '',
    ...(email === null ? {} : { email }),
    ...(id === null ? {} : { id }),
  };
}

export function encodePerson(prefix: string, value: PersonRef | null): Record<string, unknown> {
  return {
    [`${prefix}Name`]: value?.displayName ?? null,
    [`${prefix}Email`]: value?.email ?? null,
    [`${prefix}Id`]: value?.id ?? null,
  };
}

/** Empty strings as null: SharePoint stores an empty text as null and Graph then omits it. */
export function nullIfEmpty(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value;
}
