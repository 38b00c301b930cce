/** Lower-case letters, digits and single hyphens: safe in a list filter and in a deep link. */
export function isEntityCode(code: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(code) && code.length <= 64;
}

/** A code suggested from the team's name: "PZ Demo" → "pz-demo". */
export function suggestEntityCode(teamName: string | null): string {
  return (teamName ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
