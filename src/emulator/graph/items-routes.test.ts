import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  body,
  startTestEmulator,
  type GraphError,
  type GraphItem,
  type TestEmulator,
} from '../test-support/emulator-harness';

let emu: TestEmulator;
const ACTIONS = 'IntegrityActions';

beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => {
  await emu.close();
});

const newAction = (title: string): Record<string, unknown> => ({
  Title: title,
  EntityId: 'pz-demo',
  PlanRef: '1',
  ObjectiveRef: '3',
  ActionStatus: 'planned',
  DueDate: '2027-03-31T00:00:00Z',
  Hours: 8,
});

async function create(
  fields: Record<string, unknown>,
  list = ACTIONS,
  persona: 'commander' | 'app' = 'commander',
): Promise<GraphItem> {
  const response = await emu.graph(persona, `${emu.listPath(list)}/items`, {
    method: 'POST',
    body: JSON.stringify({ fields }),
  });
  expect(response.status).toBe(201);
  return body<GraphItem>(response);
}

function patchFields(
  id: string,
  fields: Record<string, unknown>,
  ifMatch?: string,
): Promise<Response> {
  return emu.graph('commander', `${emu.listPath(ACTIONS)}/items/${id}/fields`, {
    method: 'PATCH',
    body: JSON.stringify(fields),
    headers: ifMatch === undefined ? {} : { 'if-match': ifMatch },
  });
}

describe('list items through Graph', () => {
  it('creates with 201 and returns the real item shape: string id, quoted eTag, system fields', async () => {
    const item = await create(newAction('Nieuwe actie'));
    expect(item.id).toMatch(/^\d+$/);
    expect(item.eTag).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(item['@odata.etag']).toBe(item.eTag);
    expect(item.createdBy.user?.displayName).toBe('Marc Janssens');
    expect(item).toHaveProperty('lastModifiedBy');
    expect(item).toHaveProperty('parentReference.siteId', emu.siteId);
    expect(item).toHaveProperty('webUrl');
    expect(item.fields).toMatchObject({
      '@odata.etag': item.eTag,
      id: item.id,
      Title: 'Nieuwe actie',
      ContentType: 'Item',
      AuthorLookupId: '7',
      EditorLookupId: '7',
      _UIVersionString: '1.0',
      DueDate: '2027-03-31T00:00:00Z',
      Hours: 8,
    });
    expect(typeof item.fields.Created).toBe('string');
    expect(typeof item.fields.Modified).toBe('string');
  });

  it('changes the eTag on every update, answers 412 to a stale If-Match and accepts If-Match *', async () => {
    const item = await create(newAction('Concurrency'));
    const first = await patchFields(item.id, { ActionStatus: 'in-progress' }, item.eTag);
    expect(first.status).toBe(200);
    const updated = await body(first);
    expect(updated['@odata.etag']).not.toBe(item.eTag);
    expect(updated['@odata.etag']).toMatch(/,2"$/);
    expect(updated._UIVersionString).toBe('2.0');

    const stale = await patchFields(item.id, { ActionStatus: 'done' }, item.eTag);
    expect(stale.status).toBe(412);
    const error = await body<GraphError>(stale);
    expect(error.error.message).toContain('does not match');
    expect(error.error.innerError).toHaveProperty('request-id');

    const star = await patchFields(item.id, { ActionStatus: 'done' }, '*');
    expect(star.status).toBe(200);
    const current = await body<GraphItem>(
      await emu.graph('member', `${emu.listPath(ACTIONS)}/items/${item.id}?expand=fields`),
    );
    expect(current.fields.ActionStatus).toBe('done');
    expect(current.eTag).toMatch(/,3"$/);
  });

  it('PATCH …/items/{id} with a fields facet updates and returns the item', async () => {
    const item = await create(newAction('Via item'));
    const response = await emu.graph('commander', `${emu.listPath(ACTIONS)}/items/${item.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ fields: { Hours: 12 } }),
    });
    expect(response.status).toBe(200);
    expect((await body<GraphItem>(response)).fields.Hours).toBe(12);
  });

  it('deletes with 204 (stale If-Match refused), then 404 itemNotFound', async () => {
    const item = await create(newAction('Weg ermee'));
    await patchFields(item.id, { Hours: 1 });
    const stale = await emu.graph('commander', `${emu.listPath(ACTIONS)}/items/${item.id}`, {
      method: 'DELETE',
      headers: { 'if-match': item.eTag },
    });
    expect(stale.status).toBe(412);
    const gone = await emu.graph('commander', `${emu.listPath(ACTIONS)}/items/${item.id}`, {
      method: 'DELETE',
    });
    expect(gone.status).toBe(204);
    const missing = await emu.graph('commander', `${emu.listPath(ACTIONS)}/items/${item.id}`);
    expect(missing.status).toBe(404);
    expect((await body<GraphError>(missing)).error.code).toBe('itemNotFound');
  });

  it('supports expand=fields(select=…) and $expand=fields($select=…), and leaves fields out unexpanded', async () => {
    const path = `${emu.listPath(ACTIONS)}/items/1`;
    const plain = await body<GraphItem>(await emu.graph('member', path));
    expect(plain.fields).toBeUndefined();
    for (const query of [
      'expand=fields(select=Title,ActionStatus)',
      '$expand=fields($select=Title,ActionStatus)',
    ]) {
      const item = await body<GraphItem>(await emu.graph('member', `${path}?${query}`));
      expect(Object.keys(item.fields).sort()).toEqual(['@odata.etag', 'ActionStatus', 'Title']);
    }
  });

  it('validates writes against the manifest', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ Nonsense: 'x' }, "Field 'Nonsense' is not recognized"],
      [{ Title: 'x'.repeat(256) }, 'maximum length of 255'],
      [{ Hours: 'veel' }, 'Edm.Double'],
      [{ ActionStatus: 'busy' }, 'not a valid choice'],
      [{ DueDate: 'tomorrow' }, 'Edm.DateTimeOffset'],
      [{ Hours: -1 }, 'between 0'],
    ];
    for (const [fields, message] of cases) {
      const response = await patchFields('1', fields);
      expect(response.status, JSON.stringify(fields)).toBe(400);
      const error = await body<GraphError>(response);
      expect(error.error.code).toBe('invalidRequest');
      expect(error.error.message).toContain(message);
    }
  });

  it('enforces unique values with 409 nameAlreadyExists', async () => {
    const settings = await emu.graph('commander', `${emu.listPath('IntegritySettings')}/items`, {
      method: 'POST',
      body: JSON.stringify({
        fields: { Title: 'Dubbel', EntityId: 'PZ-DEMO', EntityKind: 'local-police-zone' },
      }),
    });
    expect(settings.status).toBe(409);
    const error = await body<GraphError>(settings);
    expect(error.error.code).toBe('nameAlreadyExists');
    expect(error.error.message).toContain('EntityId');
  });

  it('stores an empty string as no value, so the field is left out', async () => {
    const item = await create({ ...newAction('Leeg'), Description: 'iets' });
    const response = await patchFields(item.id, { Description: '' });
    expect(await body(response)).not.toHaveProperty('Description');
  });

  it('keeps versions: list newest first, one version with its fields', async () => {
    const item = await create(newAction('Versies'));
    await patchFields(item.id, { ActionStatus: 'in-progress' });
    await patchFields(item.id, { ActionStatus: 'done' });
    const versionsPath = `${emu.listPath(ACTIONS)}/items/${item.id}/versions`;
    const versions = await body<{
      value: { id: string; lastModifiedBy: { user: { displayName: string } } }[];
    }>(await emu.graph('aig-reviewer', versionsPath));
    expect(versions.value.map((v) => v.id)).toEqual(['3.0', '2.0', '1.0']);
    expect(versions.value[0]?.lastModifiedBy.user.displayName).toBe('Marc Janssens');
    const v2 = await body<{ id: string; fields: Record<string, unknown> }>(
      await emu.graph('member', `${versionsPath}/2.0`),
    );
    expect(v2.fields.ActionStatus).toBe('in-progress');
    expect(v2.fields._UIVersionString).toBe('2.0');
  });

  it('records a raw hand edit as "SharePoint UI (hand edit)", bypassing validation but adding a version', async () => {
    const item = await create(newAction('Handmatig'));
    const edit = await emu.raw(`/_emulator/raw/${ACTIONS}/${item.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ Hours: 'veel te veel' }),
    });
    expect(edit.status).toBe(200);
    const edited = await body<GraphItem>(edit);
    expect(edited.fields.Hours).toBe('veel te veel');
    expect(edited.lastModifiedBy.user?.displayName).toBe('SharePoint UI (hand edit)');
    expect(edited.eTag).not.toBe(item.eTag);
    const versions = await body<{
      value: { id: string; lastModifiedBy: { user: { displayName: string } } }[];
    }>(await emu.graph('commander', `${emu.listPath(ACTIONS)}/items/${item.id}/versions`));
    expect(versions.value.map((v) => v.id)).toEqual(['2.0', '1.0']);
    expect(versions.value[0]?.lastModifiedBy.user.displayName).toBe('SharePoint UI (hand edit)');

    const created = await emu.raw(`/_emulator/raw/${ACTIONS}`, {
      method: 'POST',
      body: JSON.stringify({ fields: { Title: 'Zonder plan' } }),
    });
    expect(created.status).toBe(201);
    expect((await body<GraphItem>(created)).createdBy.user?.displayName).toBe(
      'SharePoint UI (hand edit)',
    );
  });

  it('addresses lists by id, internal name and display name', async () => {
    const byName = await body<{ id: string; name: string; displayName: string }>(
      await emu.graph('member', emu.listPath(ACTIONS)),
    );
    const byId = await emu.graph('member', emu.listPath(byName.id));
    const byTitle = await emu.graph('member', emu.listPath(encodeURIComponent(byName.displayName)));
    expect(byName.name).toBe(ACTIONS);
    expect((await body(byId)).id).toBe(byName.id);
    expect((await body(byTitle)).id).toBe(byName.id);
    const missing = await emu.graph('member', emu.listPath('Nope'));
    expect(missing.status).toBe(404);
  });
});
