import { InjectHeaders } from '@pnp/queryable';
import { SPBrowser, spfi } from '@pnp/sp';
import '@pnp/sp/batching';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/webs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Persona } from '../auth/personas';
import { body, startTestEmulator, type TestEmulator } from '../test-support/emulator-harness';
import { parseBatchResponse, type BatchAnswer } from './rest-batch-multipart';

/*
 * `POST {site}/_api/$batch` (OData v3 multipart, as sp-dev-docs "Make batch requests with the REST
 * APIs" describes and PnPjs' `@pnp/sp/batching` writes): inner requests run in order through the
 * SharePoint REST routes with the caller's token, each answered in its own part.
 */

const READ = 1073741826;
const OWNERS = 3;
const LIST = "lists/getByTitle('Integrity actions')";

let emu: TestEmulator;

beforeAll(async () => {
  emu = await startTestEmulator({ seed: 'empty' });
});
afterAll(async () => {
  await emu.close();
});
beforeEach(() => {
  emu.context.stats.reset();
});

async function newAction(): Promise<number> {
  const created = await emu.graph('commander', `${emu.listPath('IntegrityActions')}/items`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ fields: { Title: 'Actie', EntityId: 'pz-batch' } }),
  });
  expect(created.status).toBe(201);
  return Number((await body<{ id: string }>(created)).id);
}

type Op = { method: string; path: string; body?: string };

/** A batch body the way PnPjs writes one: reads at the top level, writes in changesets. */
function batchBody(ops: readonly Op[], boundary = 'batch_t'): string {
  const out: string[] = [];
  let changeset = 0;
  let open = false;
  for (const op of ops) {
    if (op.method === 'GET' && open) {
      out.push(`--changeset_${changeset}--`, '');
      open = false;
    }
    if (op.method === 'GET') out.push(`--${boundary}`);
    else {
      if (!open) {
        changeset += 1;
        open = true;
        out.push(
          `--${boundary}`,
          `Content-Type: multipart/mixed; boundary="changeset_${changeset}"`,
          '',
        );
      }
      out.push(`--changeset_${changeset}`);
    }
    out.push('Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    out.push(`${op.method} ${emu.siteUrl}/_api/${op.path.replaceAll(' ', '%20')} HTTP/1.1`);
    out.push('Accept: application/json;odata=nometadata');
    out.push('Content-Type: application/json;charset=utf-8', '');
    if (op.body !== undefined) out.push(op.body, '');
  }
  if (open) out.push(`--changeset_${changeset}--`, '');
  out.push(`--${boundary}--`, '');
  return out.join('\n');
}

async function postBatch(
  persona: Persona | null,
  raw: string,
  contentType = 'multipart/mixed; boundary=batch_t',
): Promise<Response> {
  return fetch(`${emu.siteUrl}/_api/$batch`, {
    method: 'POST',
    headers: {
      ...(persona === null ? {} : { Authorization: `Bearer ${emu.tokenFor(persona)}` }),
      Accept: 'application/json',
      'Content-Type': contentType,
    },
    body: raw,
  });
}

async function answers(response: Response): Promise<BatchAnswer[]> {
  expect(response.status).toBe(200);
  const type = response.headers.get('content-type') ?? '';
  expect(type).toMatch(/^multipart\/mixed; boundary=batchresponse_[0-9a-f-]{36}$/);
  return parseBatchResponse(await response.text(), type);
}

async function readAs(persona: Persona, id: number) {
  const response = await fetch(
    `${emu.siteUrl}/_api/web/${LIST}/items(${id})?$select=HasUniqueRoleAssignments`,
    {
      headers: {
        Authorization: `Bearer ${emu.tokenFor(persona)}`,
        Accept: 'application/json;odata=nometadata',
      },
    },
  );
  return (await response.json()) as { HasUniqueRoleAssignments: boolean };
}

describe('SharePoint REST $batch', () => {
  it('runs reads and changeset writes in order, one answer per request, counted as inner requests', async () => {
    const id = await newAction();
    emu.context.stats.reset();
    const result = await answers(
      await postBatch(
        'commander',
        batchBody([
          { method: 'GET', path: `web/${LIST}/items(${id})?$select=HasUniqueRoleAssignments` },
          {
            method: 'POST',
            path: `web/${LIST}/items(${id})/breakroleinheritance(copyroleassignments=false,clearsubscopes=true)`,
          },
          {
            method: 'POST',
            path: `web/${LIST}/items(${id})/roleassignments/addroleassignment(principalid=${OWNERS},roledefid=${READ})`,
          },
          { method: 'GET', path: `web/${LIST}/items(${id})?$select=HasUniqueRoleAssignments` },
          { method: 'GET', path: `web/${LIST}/items(${id})/roleassignments` },
        ]),
      ),
    );
    expect(result.map((a) => a.status)).toEqual([200, 200, 200, 200, 200]);
    // The read before the writes saw the item inheriting, the read after saw it broken.
    expect(JSON.parse(result[0]?.body ?? '')).toEqual({ HasUniqueRoleAssignments: false });
    expect(JSON.parse(result[3]?.body ?? '')).toEqual({ HasUniqueRoleAssignments: true });
    expect(result[3]?.headers['content-type']).toMatch(/^application\/json;odata=nometadata/);
    const assignments = JSON.parse(result[4]?.body ?? '') as { value: { PrincipalId: number }[] };
    expect(assignments.value.map((a) => a.PrincipalId).sort()).toEqual([OWNERS, 7].sort());

    const stats = emu.context.stats.snapshot();
    expect(stats.total).toBe(1);
    expect(stats.byMethodAndKind).toEqual({ 'POST sharepoint.batch': 1 });
    expect(stats.batchInner.total).toBe(5);
    expect(stats.batchInner.byMethodAndKind).toEqual({
      'GET sharepoint.rest': 3,
      'POST sharepoint.rest': 2,
    });
  });

  it('answers a failing part with its own status and SharePoint error; the others still run', async () => {
    const id = await newAction();
    const result = await answers(
      await postBatch(
        'commander',
        batchBody([
          {
            method: 'POST',
            path: `web/${LIST}/items(999999)/breakroleinheritance(copyroleassignments=false,clearsubscopes=true)`,
          },
          {
            method: 'POST',
            path: `web/${LIST}/items(${id})/breakroleinheritance(copyroleassignments=false,clearsubscopes=true)`,
          },
          { method: 'GET', path: `web/lists/getByTitle('No such list')` },
          { method: 'GET', path: `web/${LIST}/items(${id})/nosuchthing` },
        ]),
      ),
    );
    expect(result.map((a) => a.status)).toEqual([404, 200, 404, 501]);
    expect(JSON.parse(result[0]?.body ?? '')).toEqual({
      'odata.error': {
        code: '-1, System.ArgumentException',
        message: {
          lang: 'en-US',
          value: 'Item does not exist. It may have been deleted by another user.',
        },
      },
    });
    expect((await readAs('commander', id)).HasUniqueRoleAssignments).toBe(true);
  });

  it('runs every inner request as the caller: a member is refused part by part', async () => {
    const id = await newAction();
    const result = await answers(
      await postBatch(
        'member',
        batchBody([
          {
            method: 'POST',
            path: `web/${LIST}/items(${id})/breakroleinheritance(copyroleassignments=false,clearsubscopes=true)`,
          },
          { method: 'GET', path: `web/${LIST}/items(${id})?$select=Id` },
        ]),
      ),
    );
    expect(result.map((a) => a.status)).toEqual([403, 200]);
    expect(result[0]?.body).toContain('System.UnauthorizedAccessException');
    expect((await readAs('commander', id)).HasUniqueRoleAssignments).toBe(false);

    const anonymous = await postBatch(null, batchBody([{ method: 'GET', path: 'web' }]));
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toMatch(/^Bearer /);
  });

  it('refuses a malformed batch with 400 in SharePoint’s shape and runs none of it', async () => {
    const id = await newAction();
    const breakIt: Op = {
      method: 'POST',
      path: `web/${LIST}/items(${id})/breakroleinheritance(copyroleassignments=false,clearsubscopes=true)`,
    };
    const good = batchBody([breakIt]);
    const otherSite = good.replace(`${emu.siteUrl}/_api/`, `${emu.url}/sites/other/_api/`);
    const tooMany = batchBody([
      breakIt,
      ...Array.from({ length: 100 }, () => ({ method: 'GET', path: 'web' })),
    ]);
    // Not multipart: the pipeline's JSON reader refuses it before the route sees it.
    const notMultipart = await postBatch('commander', good, 'application/json');
    expect(notMultipart.status).toBe(400);
    expect(await notMultipart.json()).toHaveProperty(['odata.error', 'message', 'value']);
    const cases: [string, string][] = [
      [good, 'multipart/mixed'],
      [good.replace('--batch_t--', ''), 'multipart/mixed; boundary=batch_t'],
      [otherSite, 'multipart/mixed; boundary=batch_t'],
      [tooMany, 'multipart/mixed; boundary=batch_t'],
      [good.replace('HTTP/1.1', ''), 'multipart/mixed; boundary=batch_t'],
    ];
    for (const [raw, type] of cases) {
      const response = await postBatch('commander', raw, type);
      expect(response.status).toBe(400);
      const error = (await response.json()) as Record<string, { code: string }>;
      expect(error['odata.error']?.code).toBe('-1, Microsoft.Data.OData.ODataException');
    }
    expect((await readAs('commander', id)).HasUniqueRoleAssignments).toBe(false);
    expect(emu.context.stats.snapshot().batchInner.total).toBe(0);
  });

  it('throttles the batch as a whole: 429 with Retry-After, none of it run', async () => {
    const id = await newAction();
    emu.setFaults({ rate: 1, statuses: [429], retryAfterSeconds: 7 });
    let throttled: Response;
    try {
      throttled = await postBatch(
        'commander',
        batchBody([
          {
            method: 'POST',
            path: `web/${LIST}/items(${id})/breakroleinheritance(copyroleassignments=false,clearsubscopes=true)`,
          },
        ]),
      );
    } finally {
      emu.setFaults(null);
    }
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('7');
    expect(await throttled.json()).toHaveProperty(['odata.error', 'message', 'value']);
    expect((await readAs('commander', id)).HasUniqueRoleAssignments).toBe(false);
    expect(emu.context.stats.snapshot().batchInner.total).toBe(0);
  });

  it('is what PnPjs’ sp.batched() speaks: results and failures reach each request', async () => {
    const id = await newAction();
    const sp = spfi(emu.siteUrl).using(
      SPBrowser({ baseUrl: emu.siteUrl }),
      InjectHeaders({ Authorization: `Bearer ${emu.tokenFor('commander')}` }),
    );
    const [batched, execute] = sp.batched();
    const item = batched.web.lists.getByTitle('Integrity actions').items.getById(id);
    const owners = batched.web.associatedOwnerGroup.select('Id')();
    const broken = item.breakRoleInheritance(false, true);
    const state = item.select('HasUniqueRoleAssignments')();
    const missing = batched.web.lists.getByTitle('Integrity actions').items.getById(999999)();
    await execute();
    await expect(owners).resolves.toMatchObject({ Id: OWNERS });
    // A void method answers `odata.null` in minimal metadata, batched or not.
    await expect(broken).resolves.toEqual({ 'odata.null': true });
    await expect(state).resolves.toMatchObject({ HasUniqueRoleAssignments: true });
    await expect(missing).rejects.toMatchObject({ status: 404 });
    expect(emu.context.stats.snapshot().byMethodAndKind).toMatchObject({
      'POST sharepoint.batch': 1,
    });
  });
});
