import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EVIDENCE_LINKS, DEMO_ORIGIN } from '../seed/demo-evidence';
import { body, startTestEmulator, type TestEmulator } from '../test-support/emulator-harness';

type DriveItem = {
  id: string;
  name: string;
  webUrl: string;
  size: number;
  lastModifiedDateTime: string;
  eTag: string;
  '@microsoft.graph.downloadUrl'?: string;
  file?: { mimeType: string; hashes: Record<string, string> };
  folder?: { childCount: number };
  parentReference: { driveId: string; siteId: string; path?: string };
};

function shareId(url: string): string {
  return `u!${Buffer.from(url).toString('base64url')}`;
}

/** A seeded link rewritten to this emulator's port, as a user on a running instance has it. */
function onThisPort(emu: TestEmulator, link: string): string {
  return link.replace(DEMO_ORIGIN, emu.url);
}

describe('document libraries (Graph drives) in the emulator', () => {
  let emu: TestEmulator;
  let driveId: string;
  let clock = new Date('2026-11-28T10:00:00Z');

  beforeAll(async () => {
    emu = await startTestEmulator({ now: () => clock });
    const drive = await body<{ id: string; driveType: string; name: string; webUrl: string }>(
      await emu.graph('member', `/sites/${emu.siteId}/drive`),
    );
    expect(drive.driveType).toBe('documentLibrary');
    expect(drive.webUrl).toBe(`${emu.siteUrl}/Shared%20Documents`);
    expect(drive.id).toMatch(/^b![\w-]{64}$/);
    driveId = drive.id;
  });
  afterAll(() => emu.close());

  it('lists the site libraries and finds the same drive by id', async () => {
    const drives = await body<{ value: { id: string }[] }>(
      await emu.graph('member', `/sites/${emu.siteId}/drives`),
    );
    expect(drives.value.map((d) => d.id)).toEqual([driveId]);
    const byId = await emu.graph('member', `/drives/${encodeURIComponent(driveId)}`);
    expect(byId.status).toBe(200);
  });

  it('uploads by path, reads the item by path, id and share, and downloads the same bytes', async () => {
    const bytes = Buffer.from('%PDF-1.4 test evidence\n');
    const put = await emu.graph(
      'integrity-officer',
      `/drives/${driveId}/root:/Tests/upload one.pdf:/content`,
      {
        method: 'PUT',
        body: bytes,
        headers: { 'content-type': 'application/octet-stream' },
      },
    );
    expect(put.status).toBe(201);
    const created = await body<DriveItem>(put);
    expect(created).toMatchObject({
      name: 'upload one.pdf',
      size: bytes.length,
      webUrl: `${emu.siteUrl}/Shared%20Documents/Tests/upload%20one.pdf`,
      file: { mimeType: 'application/pdf' },
      parentReference: { driveId, siteId: emu.siteId, path: `/drives/${driveId}/root:/Tests` },
    });
    expect(Object.keys(created.file?.hashes ?? {})).toEqual(['quickXorHash']);

    const byPath = await body<DriveItem>(
      await emu.graph('member', `/drives/${driveId}/root:/Tests/upload%20one.pdf`),
    );
    const byId = await body<DriveItem>(
      await emu.graph('member', `/drives/${driveId}/items/${created.id}`),
    );
    const byShare = await body<DriveItem>(
      await emu.graph('member', `/shares/${shareId(created.webUrl)}/driveItem`),
    );
    expect([byPath.id, byId.id, byShare.id]).toEqual([created.id, created.id, created.id]);

    // `/content` redirects to a URL that needs no token; the bytes are the uploaded ones.
    const content = await emu.graph('member', `/drives/${driveId}/items/${created.id}/content`, {
      redirect: 'manual',
    });
    expect(content.status).toBe(302);
    const location = content.headers.get('location') ?? '';
    expect(location).toContain('/_layouts/15/download.aspx?');
    const download = await fetch(location);
    expect(download.status).toBe(200);
    const downloaded = Buffer.from(await download.arrayBuffer());
    expect(createHash('sha256').update(downloaded).digest('hex')).toBe(
      createHash('sha256').update(bytes).digest('hex'),
    );
  });

  it('replacing a file bumps its version, size and modified time', async () => {
    const path = `/drives/${driveId}/root:/Tests/changing.txt:/content`;
    const first = await body<DriveItem>(
      await emu.graph('commander', path, { method: 'PUT', body: 'one' }),
    );
    clock = new Date('2026-11-29T08:00:00Z');
    const replaced = await emu.graph('commander', path, { method: 'PUT', body: 'two, longer' });
    expect(replaced.status).toBe(200);
    const second = await body<DriveItem>(replaced);
    expect(second.id).toBe(first.id);
    expect(second.eTag).not.toBe(first.eTag);
    expect(second.size).toBe(11);
    expect(second.lastModifiedDateTime).toBe('2026-11-29T08:00:00Z');
  });

  it('resolves the seeded evidence links, the sharing link included, on any port', async () => {
    const direct = await body<DriveItem>(
      await emu.graph('member', `/shares/${shareId(DEMO_EVIDENCE_LINKS.decision)}/driveItem`),
    );
    const shared = await body<DriveItem>(
      await emu.graph(
        'member',
        `/shares/${shareId(onThisPort(emu, DEMO_EVIDENCE_LINKS.decisionSharingLink))}/driveItem`,
      ),
    );
    expect(direct.name).toBe('beslissing-directiecomite-2025-12.pdf');
    expect(shared.id).toBe(direct.id);
    const pdf = Buffer.from(
      await (await fetch(direct['@microsoft.graph.downloadUrl'] ?? '')).arrayBuffer(),
    );
    expect(pdf.subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    expect(pdf.length).toBe(direct.size);
  });

  it('answers in Graph’s envelope: 404 itemNotFound, 403 accessDenied, 401 on a forged download', async () => {
    const missing = await emu.graph('member', `/drives/${driveId}/root:/Tests/nope.pdf`);
    expect(missing.status).toBe(404);
    expect((await body<{ error: { code: string } }>(missing)).error.code).toBe('itemNotFound');

    const confidential = `/shares/${shareId(DEMO_EVIDENCE_LINKS.confidential)}/driveItem`;
    const forbidden = await emu.graph('member', confidential);
    expect(forbidden.status).toBe(403);
    expect((await body<{ error: { code: string } }>(forbidden)).error.code).toBe('accessDenied');
    expect((await emu.graph('commander', confidential)).status).toBe(200);

    const visitorUpload = await emu.graph(
      'aig-reviewer',
      `/drives/${driveId}/root:/x.txt:/content`,
      {
        method: 'PUT',
        body: 'x',
      },
    );
    expect(visitorUpload.status).toBe(403);

    const forged = await fetch(`${emu.siteUrl}/_layouts/15/download.aspx?tempauth=abc.def`);
    expect(forged.status).toBe(401);
    expect((await emu.graph(null, `/sites/${emu.siteId}/drive`)).status).toBe(401);
  });

  it('a folder has no content, and the download host throttles like any other', async () => {
    const folder = await body<DriveItem>(
      await emu.graph('member', `/drives/${driveId}/root:/Tests`),
    );
    expect(folder.folder?.childCount).toBeGreaterThan(0);
    expect(folder['@microsoft.graph.downloadUrl']).toBeUndefined();
    const content = await emu.graph('member', `/drives/${driveId}/items/${folder.id}/content`, {
      redirect: 'manual',
    });
    expect(content.status).toBe(400);

    const file = await body<DriveItem>(
      await emu.graph('member', `/shares/${shareId(DEMO_EVIDENCE_LINKS.registrations)}/driveItem`),
    );
    const throttled = await fetch(file['@microsoft.graph.downloadUrl'] ?? '', {
      headers: { 'x-emulator-fault': '429', 'x-emulator-retry-after': '3' },
    });
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('3');
  });
});
