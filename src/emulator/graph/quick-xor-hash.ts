/**
 * QuickXorHash, the only content hash SharePoint and OneDrive for Business put in a driveItem's
 * `file.hashes` (learn.microsoft.com/onedrive/developer/code-snippets/quickxorhash). Each byte is
 * XORed into a 160-bit ring at bit offset `11 * index` (mod 160); the content length, as a
 * little-endian 64-bit number, is XORed into the last 8 bytes. Returned in base64, as Graph does.
 */
export function quickXorHash(bytes: Uint8Array): string {
  const WIDTH_BITS = 160;
  const SHIFT = 11;
  const ring = new Uint8Array(WIDTH_BITS / 8);
  let offset = 0;
  for (const byte of bytes) {
    const index = offset >> 3;
    const spread = byte << (offset & 7);
    ring[index] = (ring[index] ?? 0) ^ (spread & 0xff);
    const next = (index + 1) % ring.length;
    ring[next] = (ring[next] ?? 0) ^ (spread >> 8);
    offset = (offset + SHIFT) % WIDTH_BITS;
  }
  let length = BigInt(bytes.length);
  for (let i = ring.length - 8; i < ring.length; i++) {
    ring[i] = (ring[i] ?? 0) ^ Number(length & 0xffn);
    length >>= 8n;
  }
  return Buffer.from(ring).toString('base64');
}
