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
 * The item security calls PnPjs makes (`@pnp/sp/security/item`), and Graph item writes honouring
 * the item's own permissions.
 */

const READ = 1073741826;
const FULL_CONTROL = 1073741829;
const OWNERS = 3;
const COMMANDER_USER = 7;

let emu: TestEmulator;

function pnp(persona: Persona): SPFI {
  return spfi(emu.siteUrl).using(
    SPBrowser({ baseUrl: emu.siteUrl }),
    InjectHeaders({ Authorization: `Bearer ${emu.tokenFor(persona)}` }),
  );
}

beforeAll(async () => {
  emu = await startTestEmulator({ seed: 'empty' });
});
afterAll(async () => {
  await emu.close();
});

async function newAction(): Promise<number> {
  const created = await emu.graph('commander', `${emu.listPath('IntegrityActions')}/items`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ fields: { Title: 'Actie', EntityId: 'pz-item-security' } }),
  });
  expect(created.status).toBe(201);
  return Number((await body<{ id: string }>(created)).id);
}

function patchTitle(persona: Persona, id: number) {
  return emu.graph(persona, `${emu.listPath('IntegrityActions')}/items/${id}/fields`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ Title: 'Gewijzigd' }),
  });
}

describe('item permissions over SharePoint REST', () => {
  it('reports inheritance and the caller’s effective permissions per item', async () => {
    const id = await newAction();
    const asOwner = await pnp('commander')
      .web.lists.getByTitle('Integrity actions')
      .items.getById(id)
      .select('HasUniqueRoleAssignments', 'EffectiveBasePermissions')<{
      HasUniqueRoleAssignments: boolean;
      EffectiveBasePermissions: { High: string; Low: string };
    }>();
    expect(asOwner.HasUniqueRoleAssignments).toBe(false);
    expect(asOwner.EffectiveBasePermissions.Low).toBe('4294967295');
    const asMember = await pnp('member')
      .web.lists.getByTitle('Integrity actions')
      .items.getById(id)
      .select('EffectiveBasePermissions')<{
      EffectiveBasePermissions: { High: string; Low: string };
    }>();
    // Read: no EditListItems (bit 2).
    expect(Number(asMember.EffectiveBasePermissions.Low) & 4).toBe(0);
  });

  it('breaks inheritance leaving the caller Full Control, then takes assignments', async () => {
    const id = await newAction();
    const item = pnp('commander').web.lists.getByTitle('Integrity actions').items.getById(id);
    await expect(item.roleAssignments.add(OWNERS, READ)).rejects.toMatchObject({ status: 400 });
    await item.breakRoleInheritance(false, true);
    // Breaking again is a no-op, as SharePoint does on an object with unique permissions.
    await item.breakRoleInheritance(false, true);
    const assignments = await item.roleAssignments<{ PrincipalId: number }[]>();
    expect(assignments.map((a) => a.PrincipalId)).toEqual([COMMANDER_USER]);
    // Only the commander (as a user) may edit now; the other owner may not.
    expect((await patchTitle('commander', id)).status).toBe(200);
    expect((await patchTitle('integrity-officer', id)).status).toBe(403);

    await item.roleAssignments.add(OWNERS, READ);
    await item.roleAssignments.remove(COMMANDER_USER, FULL_CONTROL);
    const denied = await patchTitle('commander', id);
    expect(denied.status).toBe(403);
    expect(await body(denied)).toMatchObject({ error: { code: 'accessDenied' } });
    // With Read only, the commander can no longer change the item's permissions.
    await expect(item.resetRoleInheritance()).rejects.toMatchObject({ status: 403 });
    await expect(item.roleAssignments()).rejects.toMatchObject({ status: 403 });
  });

  it('refuses a member changing item permissions, and answers 404 for a missing item', async () => {
    const id = await newAction();
    const list = pnp('member').web.lists.getByTitle('Integrity actions');
    await expect(list.items.getById(id).breakRoleInheritance(false, true)).rejects.toMatchObject({
      status: 403,
    });
    await expect(list.items.getById(999_999).select('Id')()).rejects.toMatchObject({
      status: 404,
    });
  });

  it('lets writes through again once the item inherits again', async () => {
    const id = await newAction();
    const item = pnp('commander').web.lists.getByTitle('Integrity actions').items.getById(id);
    await item.breakRoleInheritance(false, true);
    await item.roleAssignments.add(OWNERS, READ);
    expect((await patchTitle('integrity-officer', id)).status).toBe(403);
    await item.resetRoleInheritance();
    expect((await patchTitle('integrity-officer', id)).status).toBe(200);
  });
});
