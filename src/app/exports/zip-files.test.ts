import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zipFiles } from './zip-files';

describe('zipFiles', () => {
  it('writes an archive an unzip tool reads back: names, contents and dates', async () => {
    const encoder = new TextEncoder();
    const at = new Date('2026-12-01T09:30:20Z');
    const bytes = await zipFiles(
      [
        { name: 'IntegrityPlans.csv', bytes: encoder.encode('\uFEFFID,Title\r\n1,Plan é\r\n') },
        { name: 'leeg-ëlement.csv', bytes: new Uint8Array(0) },
      ],
      at,
    );
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(['IntegrityPlans.csv', 'leeg-ëlement.csv']);
    expect(await zip.file('IntegrityPlans.csv')!.async('string')).toBe(
      '\uFEFFID,Title\r\n1,Plan é\r\n',
    );
    expect(await zip.file('leeg-ëlement.csv')!.async('uint8array')).toHaveLength(0);
    const date = zip.file('IntegrityPlans.csv')!.date;
    // JSZip reads the DOS time as UTC; DOS keeps even seconds.
    expect(date.toISOString()).toBe('2026-12-01T09:30:20.000Z');
  });
});
