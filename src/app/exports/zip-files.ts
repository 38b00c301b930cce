import JSZip from 'jszip';

/**
 * The CSV export's one download of many small files, written with JSZip (already in the bundle:
 * exceljs reads and writes XLSX with it). Names are stored as UTF-8, so an archive tool shows
 * accents as typed; entries are deflated.
 */

export type ZipEntry = { readonly name: string; readonly bytes: Uint8Array };

/** A ZIP archive of the entries, in order, each dated `at`. */
export async function zipFiles(entries: readonly ZipEntry[], at: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const entry of entries) {
    zip.file(entry.name, entry.bytes, { date: at, binary: true });
  }
  return await zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
}
