import { InjectHeaders } from '@pnp/queryable';
import { SPBrowser, spfi, type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/webs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Persona } from '../auth/personas';
import { body, startTestEmulator, type TestEmulator } from '../test-support/emulator-harness';

/*
 * SharePoint REST's EffectiveBasePermissions and Graph's item writes are one rule: at every step
 * of sealing (inheritance broken, Read granted, the caller's Full Control removed) and for every
 * caller, the app-only one included, REST says "may edit" exactly when a Graph PATCH goes through.
 */

const READ = 1073741826;
const CONTRIBUTE = 1073741827;
const FULL_CONTROL = 1073741829;
const OWNERS = 3;
const VISITORS = 4;
const MEMBERS = 5;
const COMMANDER_USER = 7;
const CALLERS: readonly Persona[] = [
  'commander',
  'integrity-officer',
  'member',
  'aig-reviewer',
  'app',
];

let emu: TestEmulator;

beforeAll(async () => {
  emu = await startTestEmulator({ seed: 'empty' });
});
afterAll(async () => {
  await emu.close();
});

function pnp(persona: Persona): SPFI {
  return spfi(emu.siteUrl).using(
    SPBrowser({ baseUrl: emu.siteUrl }),
    InjectHeaders({ Authorization: `Bearer ${emu.tokenFor(persona)}` }),
  );
}

async function newAction(): Promise<number> {
  const created = await emu.graph('commander', `${emu.listPath('IntegrityActions')}/items`, {
    method: 'POST',
    body: JSON.stringify({ fields: { Title: 'Actie', EntityId: 'pz-item-access' } }),
  });
  expect(created.status).toBe(201);
  return Number((await body<{ id: string }>(created)).id);
}

/** EditListItems (SP.PermissionKind 3: bit 2 of Low) in the caller's REST mask of the item. */
async function restSaysEdit(persona: Persona, id: number): Promise<boolean> {
  const item = await pnp(persona)
    .web.lists.getByTitle('Integrity actions')
    .items.getById(id)
    .select('EffectiveBasePermissions')<{
    EffectiveBasePermissions: { High: string; Low: string };
  }>();
  return (Number(item.EffectiveBasePermissions.Low) & 4) === 4;
}

async function graphEdits(persona: Persona, id: number): Promise<boolean> {
  const response = await emu.graph(
    persona,
    `${emu.listPath('IntegrityActions')}/items/${id}/fields`,
    { method: 'PATCH', body: JSON.stringify({ Title: `by ${persona}` }) },
  );
  expect([200, 403]).toContain(response.status);
  await response.text();
  return response.status === 200;
}

/** Per caller: [REST says edit, Graph PATCH went through]. */
async function views(id: number): Promise<Record<string, [boolean, boolean]>> {
  const seen: Record<string, [boolean, boolean]> = {};
  for (const persona of CALLERS) {
    seen[persona] = [await restSaysEdit(persona, id), await graphEdits(persona, id)];
  }
  return seen;
}

function agreeing(edits: Readonly<Record<string, boolean>>): Record<string, [boolean, boolean]> {
  return Object.fromEntries(CALLERS.map((p) => [p, [edits[p] ?? false, edits[p] ?? false]]));
}

describe('item permissions: one rule for SharePoint REST and Graph', () => {
  it('agrees at every step of sealing, for every caller', async () => {
    const id = await newAction();
    const item = pnp('commander').web.lists.getByTitle('Integrity actions').items.getById(id);
    // Inheriting the list: owners edit; the app's grant does not cover this list.
    expect(await views(id)).toEqual(
      agreeing({ commander: true, 'integrity-officer': true, member: false, app: false }),
    );

    await item.breakRoleInheritance(false, true);
    // Only the commander, as a user, holds Full Control now.
    expect(await views(id)).toEqual(agreeing({ commander: true }));

    for (const group of [OWNERS, MEMBERS, VISITORS]) await item.roleAssignments.add(group, READ);
    expect(await views(id)).toEqual(agreeing({ commander: true }));

    await item.roleAssignments.remove(COMMANDER_USER, FULL_CONTROL);
    // Sealed: nobody edits, the app included (it never had this list).
    expect(await views(id)).toEqual(agreeing({}));
  });

  it('agrees on partial assignments: a group with Contribute, another with Read', async () => {
    const id = await newAction();
    const item = pnp('commander').web.lists.getByTitle('Integrity actions').items.getById(id);
    await item.breakRoleInheritance(false, true);
    await item.roleAssignments.add(OWNERS, CONTRIBUTE);
    await item.roleAssignments.add(VISITORS, READ);
    await item.roleAssignments.remove(COMMANDER_USER, FULL_CONTROL);
    expect(await views(id)).toEqual(agreeing({ commander: true, 'integrity-officer': true }));
  });

  it('gives the app-only caller its grant, not Full Control, on items of a list it may write', async () => {
    const created = await emu.graph('app', `${emu.listPath('IntegrityReminderLog')}/items`, {
      method: 'POST',
      body: JSON.stringify({ fields: { Title: 'reminder' } }),
    });
    expect(created.status).toBe(201);
    const id = Number((await body<{ id: string }>(created)).id);
    const mask = await pnp('app')
      .web.lists.getByTitle('Reminder log')
      .items.getById(id)
      .select('EffectiveBasePermissions')<{
      EffectiveBasePermissions: { High: string; Low: string };
    }>();
    // EditListItems, but not ManagePermissions (SP.PermissionKind 26: bit 25 of Low).
    expect(Number(mask.EffectiveBasePermissions.Low) & 4).toBe(4);
    expect(Number(mask.EffectiveBasePermissions.Low) & (1 << 25)).toBe(0);
  });
});
