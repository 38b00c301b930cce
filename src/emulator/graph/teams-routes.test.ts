import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Persona, type RunningEmulator } from '../server';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ dbPath: ':memory:', port: 0, seed: 'demo' });
});
afterAll(async () => {
  await emulator.close();
});

function call(persona: Persona, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${emulator.graphBaseUrl}${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${emulator.tokenFor(persona)}`,
      'content-type': 'application/json',
    },
  });
}

const BIND = {
  'teamsApp@odata.bind':
    'https://graph.microsoft.com/v1.0/appCatalogs/teamsApps/00000000-0000-4000-8000-000000000001',
};

describe('Graph teams routes of the emulator', () => {
  it('lists the team channels with General under the team thread id', async () => {
    const response = await call('member', `/teams/${emulator.groupId}/channels`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      value: { id: string; displayName: string; membershipType: string }[];
    };
    const general = body.value.find((c) => c.displayName === 'General');
    expect(general?.id).toMatch(/^19:[0-9a-f]+@thread\.tacv2$/);
    expect(body.value.every((c) => c.membershipType === 'standard')).toBe(true);
  });

  it('answers 404 for a team the tenant does not have', async () => {
    const response = await call(
      'commander',
      '/teams/00000000-0000-0000-0000-000000000000/channels',
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'itemNotFound' } });
  });

  it('lets an owner install the app once; a member may not', async () => {
    const path = `/teams/${emulator.groupId}/installedApps`;
    const filter = `?$expand=teamsApp&$filter=${encodeURIComponent("teamsApp/id eq '00000000-0000-4000-8000-000000000001'")}`;
    expect(
      ((await (await call('member', path + filter)).json()) as { value: unknown[] }).value,
    ).toEqual([]);

    const refused = await call('member', path, { method: 'POST', body: JSON.stringify(BIND) });
    expect(refused.status).toBe(403);

    const created = await call('commander', path, { method: 'POST', body: JSON.stringify(BIND) });
    expect(created.status).toBe(201);
    const listed = (await (await call('member', path + filter)).json()) as {
      value: { teamsApp: { id: string; displayName: string } }[];
    };
    expect(listed.value[0]?.teamsApp).toMatchObject({ displayName: 'Integrity Dashboard' });

    const again = await call('commander', path, { method: 'POST', body: JSON.stringify(BIND) });
    expect(again.status).toBe(409);
  });

  it('tells owners from members through SharePoint effective permissions', async () => {
    const read = async (persona: Persona) => {
      const response = await fetch(`${emulator.siteUrl}/_api/web/EffectiveBasePermissions`, {
        headers: {
          authorization: `Bearer ${emulator.tokenFor(persona)}`,
          accept: 'application/json;odata=nometadata',
        },
      });
      return (await response.json()) as { High: string; Low: string };
    };
    const managePermissions = (p: { Low: string }) => (Number(p.Low) & 0x1000000) !== 0;
    expect(managePermissions(await read('commander'))).toBe(true);
    expect(managePermissions(await read('member'))).toBe(false);
    expect(managePermissions(await read('aig-reviewer'))).toBe(false);
  });
});
