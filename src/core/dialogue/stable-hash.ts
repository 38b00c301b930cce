/*
 * FNV-1a, 32 bits (Fowler, Noll, Vo; http://www.isthe.com/chongo/tech/comp/fnv/): for every octet,
 * `hash ^= octet; hash *= 16777619`, starting from the offset basis 2166136261. It is tiny, has no
 * dependencies, and spreads short inputs well enough to shuffle a few dozen prompts per team. It is
 * not a cryptographic hash and must never be used as one.
 *
 * Strings are hashed as their UTF-8 octets, so the value matches the published test vectors and any
 * other FNV-1a implementation (a team seed with "é" hashes the same in a script or a database). A
 * lone surrogate is encoded as U+FFFD, as `TextEncoder` does.
 */

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const REPLACEMENT_CHARACTER = 0xfffd;

/** The UTF-8 octets of one code point; lone surrogates become U+FFFD. */
function utf8Octets(codePoint: number): readonly number[] {
  const cp = codePoint >= 0xd800 && codePoint <= 0xdfff ? REPLACEMENT_CHARACTER : codePoint;
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 0x3f)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f)];
  return [
    0xf0 | (cp >> 18),
    0x80 | ((cp >> 12) & 0x3f),
    0x80 | ((cp >> 6) & 0x3f),
    0x80 | (cp & 0x3f),
  ];
}

/**
 * The 32-bit FNV-1a hash of a string's UTF-8 octets, as an unsigned integer (0 to 2³² − 1).
 * Deterministic across runs, machines and JavaScript engines.
 */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET_BASIS;
  for (let i = 0; i < text.length; i += 1) {
    let codePoint = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point beyond the BMP.
    if (codePoint >= 0xd800 && codePoint <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        codePoint = 0x10000 + ((codePoint - 0xd800) << 10) + (low - 0xdc00);
        i += 1;
      }
    }
    for (const octet of utf8Octets(codePoint)) {
      hash ^= octet;
      // Math.imul keeps the multiplication in 32 bits, where a plain `*` would lose precision.
      hash = Math.imul(hash, FNV_PRIME);
    }
  }
  return hash >>> 0;
}
