import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  body,
  startTestEmulator,
  type GraphError,
  type GraphItem,
  type TestEmulator,
} from '../test-support/emulator-harness';
import { TokenService } from './tokens';

let emu: TestEmulator;

beforeAll(async () => {
  emu = await startTestEmulator();
});
afterAll(async () => {
  await emu.close();
});

function decode(token: string): Record<string, unknown> {
  const [, payload] = token.split('.');
  return JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

const reminder = (key: string): Record<string, unknown> => ({
  Title: key,
  IdempotencyKey: key,
  EntityId: 'pz-demo',
  ReminderKind: 'pdca-reminder',
  Period: '2026-12',
  DeliveryState: 'pending',
});

describe('local sign-in', () => {
  it('issues a JWT-shaped token with the persona’s profile', async () => {
    const response = await emu.raw('/_local/token', {
      method: 'POST',
      body: JSON.stringify({ persona: 'commander' }),
    });
    expect(response.status).toBe(200);
    const token = await body<{
      access_token: string;
      persona: string;
      displayName: string;
      email: string;
      oid: string;
      siteUserId: number;
    }>(response);
    expect(token).toMatchObject({
      persona: 'commander',
      displayName: 'Marc Janssens',
      siteUserId: 7,
    });
    expect(token.access_token.split('.')).toHaveLength(3);
    const claims = decode(token.access_token);
    expect(claims).toMatchObject({ oid: token.oid, name: 'Marc Janssens', idtyp: 'user' });
    expect(decode(emu.tokenFor('app'))).toMatchObject({ idtyp: 'app', roles: ['Sites.Selected'] });
    const unknown = await emu.raw('/_local/token', {
      method: 'POST',
      body: JSON.stringify({ persona: 'burgemeester' }),
    });
    expect(unknown.status).toBe(400);
  });

  it('signs in silently with the login hint a Teams host gives, or refuses an unknown one', async () => {
    const response = await emu.raw('/_local/token', {
      method: 'POST',
      body: JSON.stringify({ loginHint: ' Tom.Maes@PZ-demo.example ' }),
    });
    expect(response.status).toBe(200);
    const token = await body<{ access_token: string; persona: string; email: string }>(response);
    expect(token).toMatchObject({ persona: 'member', email: 'tom.maes@pz-demo.example' });
    expect(decode(token.access_token)).toMatchObject({ name: 'Tom Maes' });
    const stranger = await emu.raw('/_local/token', {
      method: 'POST',
      body: JSON.stringify({ loginHint: 'someone@elsewhere.example', persona: 'commander' }),
    });
    // A hint that matches nobody is not quietly replaced by the persona beside it.
    expect(stranger.status).toBe(400);
  });
  it('answers a missing, forged or expired token with 401 InvalidAuthenticationToken', async () => {
    const missing = await emu.graph(null, `/sites/${emu.siteId}`);
    expect(missing.status).toBe(401);
    expect((await body<GraphError>(missing)).error.code).toBe('InvalidAuthenticationToken');
    const forged = emu.tokenFor('member').replace(/\.[^.]+$/, '.c2lnbmF0dXJl');
    const bad = await emu.graph(null, `/sites/${emu.siteId}`, {
      headers: { authorization: `Bearer ${forged}` },
    });
    expect(bad.status).toBe(401);
    const garbage = await emu.graph(null, `/sites/${emu.siteId}`, {
      headers: { authorization: 'Bearer abc' },
    });
    expect(garbage.status).toBe(401);
  });

  it('expires tokens after an hour', () => {
    const secret = randomBytes(32);
    let clock = new Date('2026-11-28T09:00:00Z');
    const tokens = new TokenService(() => clock, secret);
    const token = tokens.issue('member');
    expect(tokens.verify(token).ok).toBe(true);
    clock = new Date('2026-11-28T10:00:01Z');
    const check = tokens.verify(token);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.message).toContain('expired');
  });
});

describe('rights from the manifest’s list permissions', () => {
  it('lets members and AIG reviewers read but not write; 403 accessDenied', async () => {
    for (const persona of ['member', 'aig-reviewer'] as const) {
      const read = await emu.graph(
        persona,
        `${emu.listPath('IntegrityPlans')}/items?expand=fields`,
      );
      expect(read.status).toBe(200);
      const write = await emu.graph(persona, `${emu.listPath('IntegrityPlans')}/items/1/fields`, {
        method: 'PATCH',
        body: JSON.stringify({ Needs: 'x' }),
      });
      expect(write.status, persona).toBe(403);
      expect((await body<GraphError>(write)).error.code).toBe('accessDenied');
    }
  });

  it('lets the app write the reminder log, records it as the app, and members read it', async () => {
    const created = await emu.graph('app', `${emu.listPath('IntegrityReminderLog')}/items`, {
      method: 'POST',
      body: JSON.stringify({ fields: reminder('pdca-reminder:pz-demo:2026-12') }),
    });
    expect(created.status).toBe(201);
    const item = await body<GraphItem>(created);
    expect(item.createdBy.application?.id).toBeDefined();
    expect(item.fields.AuthorLookupId).toBe('1073741822');
    const read = await emu.graph(
      'member',
      `${emu.listPath('IntegrityReminderLog')}/items/${item.id}?expand=fields`,
    );
    expect(read.status).toBe(200);
  });

  it('refuses owners on the app-only reminder log and the app on the plans', async () => {
    const owner = await emu.graph('commander', `${emu.listPath('IntegrityReminderLog')}/items`, {
      method: 'POST',
      body: JSON.stringify({ fields: reminder('pdca-reminder:pz-demo:2027-01') }),
    });
    expect(owner.status).toBe(403);
    const app = await emu.graph('app', `${emu.listPath('IntegrityPlans')}/items/1/fields`, {
      method: 'PATCH',
      body: JSON.stringify({ Needs: 'x' }),
    });
    expect(app.status).toBe(403);
    const appRead = await emu.graph('app', `${emu.listPath('IntegrityPlans')}/items`);
    expect(appRead.status).toBe(200);
  });

  it('uses each persona’s stable site user id as Author/EditorLookupId', async () => {
    const response = await emu.graph(
      'integrity-officer',
      `${emu.listPath('IntegrityActions')}/items/1/fields`,
      {
        method: 'PATCH',
        body: JSON.stringify({ Hours: 41 }),
      },
    );
    expect((await body(response)).EditorLookupId).toBe('8');
  });
});
