import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body, startTestEmulator, type TestEmulator } from '../test-support/emulator-harness';
import { teamThreadId } from './directory';
import { LOCAL_TEAMS_APP_ID, teamsHostRoutes } from './routes';

let emu: TestEmulator;

beforeAll(async () => {
  emu = await startTestEmulator({ extraRoutes: [teamsHostRoutes()] });
});
afterAll(async () => {
  await emu.close();
});

type Directory = {
  appId: string;
  personas: { persona: string; email: string; teamRole: string }[];
  teams: {
    groupId: string;
    internalId: string;
    displayName: string;
    entityId: string;
    channels: { id: string; name: string }[];
    siteUrl: string | null;
  }[];
  tabs: Record<string, unknown>;
};

describe('the local Teams host routes', () => {
  it('serves the host page as HTML without data in it', async () => {
    const response = await emu.raw('/teams');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await response.text();
    expect(html).toContain('<script type="module" src="/teams/app/host-page"></script>');
    expect(html).not.toContain('PZ Demo');
  });

  it('serves the browser modules as JavaScript and nothing else', async () => {
    const response = await emu.raw('/teams/app/protocol');
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    const code = await response.text();
    expect(code).toContain('export function handleRequest(request, spec)');
    expect(code).not.toMatch(/: FrameSpec/);
    const page = await (await emu.raw('/teams/app/host-page')).text();
    expect(page).toContain("from './protocol'");
    expect(page).not.toMatch(/import type/);
    expect((await emu.raw('/teams/app/routes')).status).toBe(404);
    expect((await emu.raw('/teams/app/..%2Froutes.ts')).status).toBe(404);
  });

  it('lists one team per IntegritySettings entity, with its channel and the personas', async () => {
    const directory = await body<Directory>(await emu.raw('/_local/teams-host/teams'));
    expect(directory.appId).toBe(LOCAL_TEAMS_APP_ID);
    expect(directory.teams).toEqual([
      {
        groupId: emu.groupId,
        internalId: teamThreadId(emu.groupId),
        displayName: 'PZ Demo',
        entityId: 'pz-demo',
        channels: [{ id: '19:7c2f4a9e1b3d4f6a8c0e2b4d6f8a0c1e@thread.tacv2', name: 'General' }],
        siteUrl: emu.siteUrl,
      },
    ]);
    expect(directory.personas.map((p) => [p.persona, p.teamRole])).toEqual([
      ['commander', 'owner'],
      ['integrity-officer', 'owner'],
      ['member', 'member'],
      ['aig-reviewer', 'guest'],
    ]);
    expect(directory.personas[0]?.email).toBe('marc.janssens@pz-demo.example');
    expect(directory.tabs).toEqual({});
  });

  it('keeps the tab configured in a team until it is removed', async () => {
    const config = {
      contentUrl: `${emu.url}/index.html#/home`,
      entityId: 'integrity-dashboard',
      suggestedDisplayName: 'Integrity',
    };
    const put = await emu.raw(`/_local/teams-host/tabs/${emu.groupId}`, {
      method: 'PUT',
      body: JSON.stringify(config),
    });
    expect(put.status).toBe(200);
    expect(await body(await emu.raw('/_local/teams-host/tabs'))).toEqual({
      value: { [emu.groupId]: config },
    });

    const elsewhere = await emu.raw(`/_local/teams-host/tabs/${emu.groupId}`, {
      method: 'PUT',
      body: JSON.stringify({ ...config, contentUrl: 'https://example.org/tab' }),
    });
    expect(elsewhere.status).toBe(400);
    const unknownTeam = await emu.raw('/_local/teams-host/tabs/not-a-team', {
      method: 'PUT',
      body: JSON.stringify(config),
    });
    expect(unknownTeam.status).toBe(400);

    const removed = await emu.raw(`/_local/teams-host/tabs/${emu.groupId}`, { method: 'DELETE' });
    expect(removed.status).toBe(204);
    expect(
      (await emu.raw(`/_local/teams-host/tabs/${emu.groupId}`, { method: 'DELETE' })).status,
    ).toBe(404);
  });

  it('records the calls the page reports', async () => {
    const call = { at: '2026-11-28T09:00:00.000Z', frame: 'content', func: 'getContext', args: [] };
    expect(
      (await emu.raw('/_local/teams-host/calls', { method: 'POST', body: JSON.stringify(call) }))
        .status,
    ).toBe(204);
    expect(
      (await emu.raw('/_local/teams-host/calls', { method: 'POST', body: '{"func":1}' })).status,
    ).toBe(400);
    expect(await body(await emu.raw('/_local/teams-host/calls'))).toEqual({ value: [call] });
    await emu.raw('/_local/teams-host/calls', { method: 'DELETE' });
    expect(await body(await emu.raw('/_local/teams-host/calls'))).toEqual({ value: [] });
  });
});
