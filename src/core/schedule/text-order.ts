/**
 * Orders strings by UTF-16 code units. Not `localeCompare`: lists built by the core must come out
 * the same on every machine, whatever its locale and ICU data.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
