/** The four languages the app speaks: Belgium's three official languages, plus English. */
export const LOCALES = ['nl', 'fr', 'de', 'en'] as const;

export type Locale = (typeof LOCALES)[number];

/** A text given in every supported language; a missing language is a type error. */
export type LocalizedText = Readonly<Record<Locale, string>>;

/** Narrows an arbitrary tag (e.g. Teams' `fr-BE`) to a supported locale, English when unknown. */
export function toLocale(tag: string | undefined): Locale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : 'en';
}
