import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EvidenceLookup } from '../../ports/evidence-store';
import type { Persona } from '../../emulator/auth/personas';
import { DEMO_EVIDENCE_LINKS, DEMO_ORIGIN } from '../../emulator/seed/demo-evidence';
import { startEmulator, type RunningEmulator } from '../../emulator/server';
import { createGraphEvidenceStore, type GraphEvidenceStoreOptions } from './graph-evidence-store';
import { createGraphHttp, type GraphHttp, type GraphRequestSpec } from './graph-http';

/*
 * The evidence store against the local emulator's document library, over HTTP through the real
 * Graph client. Retry sleeps are recorded, never waited.
 */

const sha256 = (bytes: string | Buffer): string => createHash('sha256').update(bytes).digest('hex');

describe('Graph evidence store (against the emulator)', () => {
  let emu: RunningEmulator;
  let clock = new Date('2026-11-28T10:00:00Z');
  let sleeps: number[] = [];
  let driveId = '';

  beforeAll(async () => {
    emu = await startEmulator({ dbPath: ':memory:', port: 0, now: () => clock });
    const drive = (await (
      await fetch(`${emu.graphBaseUrl}/sites/${emu.siteId}/drive`, {
        headers: { authorization: `Bearer ${emu.tokenFor('commander')}` },
      })
    ).json()) as { id: string };
    driveId = drive.id;
  });
  afterAll(() => emu.close());
  beforeEach(() => {
    sleeps = [];
  });

  const tokensOf = (persona: Persona) => ({
    getToken: () => Promise.resolve(emu.tokenFor(persona)),
  });

  function store(persona: Persona = 'member', extra: Partial<GraphEvidenceStoreOptions> = {}) {
    return createGraphEvidenceStore({
      graphBaseUrl: emu.graphBaseUrl,
      siteId: emu.siteId,
      tokens: tokensOf(persona),
      retry: {
        maxAttempts: 3,
        sleep: (ms) => {
          sleeps.push(ms);
          return Promise.resolve();
        },
        random: () => 0.5,
      },
      ...extra,
    });
  }

  /** Uploads through the emulator's Graph API; returns the file's link (its webUrl). */
  async function upload(path: string, content: string | Buffer): Promise<string> {
    const response = await fetch(`${emu.graphBaseUrl}/drives/${driveId}/root:/${path}:/content`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${emu.tokenFor('integrity-officer')}` },
      body: typeof content === 'string' ? content : new Uint8Array(content),
    });
    if (!response.ok) throw new Error(`upload ${path}: ${response.status}`);
    return ((await response.json()) as { webUrl: string }).webUrl;
  }

  async function stats(): Promise<{ total: number; byKind: Record<string, number> }> {
    return (await (await fetch(`${emu.url}/_emulator/stats`)).json()) as {
      total: number;
      byKind: Record<string, number>;
    };
  }

  /** Graph's transport, with a hook to change requests or answers on their way. */
  function wrappedHttp(
    persona: Persona,
    around: (request: GraphRequestSpec, send: GraphHttp['send']) => ReturnType<GraphHttp['send']>,
  ): GraphHttp {
    const http = createGraphHttp({ graphBaseUrl: emu.graphBaseUrl, tokens: tokensOf(persona) });
    return {
      graphBaseUrl: http.graphBaseUrl,
      send: (request) => around(request, (r) => http.send(r)),
    };
  }

  function found(lookup: EvidenceLookup | undefined) {
    if (lookup?.status !== 'found')
      throw new Error(`expected a found file, got ${JSON.stringify(lookup)}`);
    return lookup.file;
  }

  it('hashes a library file with SHA-256 and reports its name, date, size and progress', async () => {
    const bytes = Buffer.from('%PDF-1.4\nBeslissing directiecomité — integriteit\n', 'utf8');
    const link = await upload('Evidence/Beslissing DC.pdf', bytes);
    const progress: [number, number][] = [];
    const result = await store().describeEvidence('pz-demo', [link, link], (done, total) => {
      progress.push([done, total]);
    });
    if (!result.ok) throw new Error(result.error.code);
    const file = found(result.value[0]);
    expect(file).toEqual({
      link,
      fileName: 'Beslissing DC.pdf',
      webUrl: link,
      sha256: sha256(bytes),
      modifiedAt: '2026-11-28T10:00:00Z',
      sizeBytes: bytes.length,
    });
    expect(result.value[1]).toEqual(result.value[0]);
    expect(progress).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });

  it('a changed file gets a new hash and modification date', async () => {
    const link = await upload('Evidence/registraties.csv', 'maand;meldingen\n2026-01;1\n');
    const before = await store().describeEvidence('pz-demo', [link]);
    clock = new Date('2026-12-01T09:30:00Z');
    await upload('Evidence/registraties.csv', 'maand;meldingen\n2026-01;1\n2026-02;0\n');
    const after = await store().describeEvidence('pz-demo', [link]);
    if (!before.ok || !after.ok) throw new Error('describeEvidence failed');
    expect(found(after.value[0]).sha256).toBe(sha256('maand;meldingen\n2026-01;1\n2026-02;0\n'));
    expect(found(after.value[0]).sha256).not.toBe(found(before.value[0]).sha256);
    expect(found(after.value[0]).modifiedAt).toBe('2026-12-01T09:30:00Z');
  });

  it('resolves a sharing link and the seeded links to the same file, downloading it once', async () => {
    await fetch(`${emu.url}/_emulator/stats/reset`, { method: 'POST' });
    const sharing = DEMO_EVIDENCE_LINKS.decisionSharingLink.replace(DEMO_ORIGIN, emu.url);
    const result = await store().describeEvidence('pz-demo', [
      DEMO_EVIDENCE_LINKS.decision,
      sharing,
      DEMO_EVIDENCE_LINKS.registrations,
    ]);
    if (!result.ok) throw new Error(result.error.code);
    const [direct, shared, registrations] = result.value.map(found);
    expect(shared?.sha256).toBe(direct?.sha256);
    expect(shared?.fileName).toBe('beslissing-directiecomite-2025-12.pdf');
    expect(registrations?.fileName).toBe('registraties-2025.csv');
    expect((await stats()).byKind['sharepoint.download']).toBe(2);
  });

  it('names every link it cannot hash, and asks Graph nothing about links outside the site', async () => {
    const outside = [
      'https://intranet.pz-demo.example/integriteit/beslissing.pdf',
      `${emu.url}/sites/pz-other/Shared%20Documents/x.pdf`,
      `${emu.url}/:b:/s/pz-other/EaBcD`,
      `${emu.url}/sites/pz-demo`,
      'mailto:integriteit@pz-demo.example',
      'niet een link',
    ];
    await fetch(`${emu.url}/_emulator/stats/reset`, { method: 'POST' });
    const quiet = await store('member', { siteWebUrl: emu.siteUrl }).describeEvidence(
      'pz-demo',
      outside,
    );
    expect((await stats()).total).toBe(0);
    if (!quiet.ok) throw new Error(quiet.error.code);
    expect(quiet.value.map((l) => l.status === 'problem' && l.problem)).toEqual(
      outside.map(() => 'EVIDENCE.OUTSIDE_LIBRARY'),
    );

    await upload('Evidence/Sub/leeg.txt', 'x');
    const links = [
      `${emu.siteUrl}/Shared%20Documents/Evidence/bestaat-niet.pdf`,
      `${emu.siteUrl}/Shared%20Documents/Evidence/Sub`,
      `${emu.siteUrl}/Shared%20Documents`,
      DEMO_EVIDENCE_LINKS.confidential,
    ];
    const result = await store('member').describeEvidence('pz-demo', links);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value).toEqual([
      { status: 'problem', link: links[0], problem: 'EVIDENCE.NOT_FOUND' },
      { status: 'problem', link: links[1], problem: 'EVIDENCE.NOT_A_FILE' },
      { status: 'problem', link: links[2], problem: 'EVIDENCE.NOT_A_FILE' },
      { status: 'problem', link: links[3], problem: 'EVIDENCE.FORBIDDEN' },
    ]);
    const owner = await store('commander').describeEvidence('pz-demo', [links[3] ?? '']);
    expect(owner.ok && owner.value[0]?.status).toBe('found');
  });

  it('retries Graph and the download host on 429, honouring Retry-After', async () => {
    const link = await upload('Evidence/throttled.txt', 'throttled evidence');
    let graphFaults = 1;
    let downloadFaults = 1;
    const http = wrappedHttp('member', (request, send) =>
      send(
        request.path.includes('/root:/') && graphFaults-- > 0
          ? {
              ...request,
              headers: { 'x-emulator-fault': '429', 'x-emulator-retry-after': '2' },
            }
          : request,
      ),
    );
    const result = await store('member', {
      http,
      fetch: (input, init) => {
        const headers = new Headers(init?.headers);
        if (downloadFaults-- > 0) {
          headers.set('x-emulator-fault', '429');
          headers.set('x-emulator-retry-after', '3');
        }
        return fetch(input, { ...init, headers });
      },
    }).describeEvidence('pz-demo', [link]);
    if (!result.ok) throw new Error(result.error.code);
    expect(found(result.value[0]).sha256).toBe(sha256('throttled evidence'));
    expect(sleeps).toEqual([2000, 3000]);
  });

  it('reports throttling that outlasts every attempt as the store-wide error', async () => {
    const link = await upload('Evidence/always-throttled.txt', 'x');
    const http = wrappedHttp('member', (request, send) =>
      send(
        request.path.includes('/root:/')
          ? { ...request, headers: { 'x-emulator-fault': '429', 'x-emulator-retry-after': '1' } }
          : request,
      ),
    );
    const result = await store('member', { http }).describeEvidence('pz-demo', [link]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('STORE.THROTTLED');
    expect(sleeps).toEqual([1000, 1000]);
  });

  it('without a download URL, follows /content’s redirect and never sends the token to the download host', async () => {
    const link = await upload('Evidence/redirected.txt', 'via content');
    const http = wrappedHttp('member', async (request, send) => {
      const response = await send(request);
      const item = response.body as Record<string, unknown> | null;
      if (item !== null && typeof item === 'object') delete item['@microsoft.graph.downloadUrl'];
      return response;
    });
    const seen: { url: string; authorization: string | null }[] = [];
    const result = await store('member', {
      http,
      fetch: (input, init) => {
        seen.push({ url: input, authorization: new Headers(init?.headers).get('authorization') });
        return fetch(input, init);
      },
    }).describeEvidence('pz-demo', [link]);
    if (!result.ok) throw new Error(result.error.code);
    expect(found(result.value[0]).sha256).toBe(sha256('via content'));
    expect(seen).toHaveLength(2);
    expect(seen[0]?.url).toMatch(/\/content$/);
    expect(seen[0]?.authorization).toMatch(/^Bearer /);
    expect(seen[1]?.url).toContain('/_layouts/15/download.aspx?');
    expect(seen[1]?.authorization).toBeNull();
  });

  it('reads a file again when it changed between its read and its download', async () => {
    const link = await upload('Evidence/race.txt', 'first version');
    let raced = false;
    const http = wrappedHttp('member', async (request, send) => {
      const response = await send(request);
      if (!raced && request.path.endsWith('/race.txt')) {
        raced = true;
        clock = new Date('2026-12-02T12:00:00Z');
        await upload('Evidence/race.txt', 'second version, saved meanwhile');
      }
      return response;
    });
    const result = await store('member', { http }).describeEvidence('pz-demo', [link]);
    if (!result.ok) throw new Error(result.error.code);
    const file = found(result.value[0]);
    expect(file.sha256).toBe(sha256('second version, saved meanwhile'));
    expect(file.modifiedAt).toBe('2026-12-02T12:00:00Z');
  });

  it('lists a file over the size limit without downloading it', async () => {
    const link = await upload('Evidence/groot.bin', Buffer.alloc(64, 7));
    await fetch(`${emu.url}/_emulator/stats/reset`, { method: 'POST' });
    const result = await store('member', { maxFileBytes: 32 }).describeEvidence('pz-demo', [link]);
    expect(result.ok && result.value[0]).toEqual({
      status: 'problem',
      link,
      problem: 'EVIDENCE.TOO_LARGE',
    });
    expect((await stats()).byKind['sharepoint.download']).toBeUndefined();
  });
});
