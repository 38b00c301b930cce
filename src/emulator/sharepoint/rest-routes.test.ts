import { InjectHeaders } from '@pnp/queryable';
import { SPBrowser, spfi, type SPFI } from '@pnp/sp';
import { AddFieldOptions } from '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/webs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  body,
  startTestEmulator,
  type GraphError,
  type TestEmulator,
} from '../test-support/emulator-harness';

let emu: TestEmulator;
let sp: SPFI;

/** PnPjs as provisioning would use it, with the emulator's bearer token instead of MSAL. */
function pnp(persona: 'commander' | 'member'): SPFI {
  return spfi(emu.siteUrl).using(
    SPBrowser({ baseUrl: emu.siteUrl }),
    InjectHeaders({ Authorization: `Bearer ${emu.tokenFor(persona)}` }),
  );
}

beforeAll(async () => {
  // A bare site: the manifest's lists do not exist yet, as before the first provisioning run.
  emu = await startTestEmulator({ seed: 'empty', provisionLists: false });
  sp = pnp('commander');
});
afterAll(async () => {
  await emu.close();
});

describe('SharePoint REST calls provisioning makes through PnPjs', () => {
  it('answers 404 for a missing list, then creates it (same list for Graph)', async () => {
    await expect(
      sp.web.lists.getByTitle('Integrity plans').select('Title')(),
    ).rejects.toMatchObject({ status: 404 });
    const created = await sp.web.lists.add('Integrity plans', 'Plannen', 100, false);
    expect(created).toMatchObject({
      Title: 'Integrity plans',
      BaseTemplate: 100,
      HasUniqueRoleAssignments: false,
    });
    const graph = await emu.graph('commander', emu.listPath('IntegrityPlans'));
    expect(graph.status).toBe(200);
    expect(await body(graph)).toMatchObject({
      name: 'IntegrityPlans',
      displayName: 'Integrity plans',
    });
    await expect(sp.web.lists.add('Integrity plans')).rejects.toMatchObject({ status: 500 });
  });

  it('adds fields; CreateFieldAsXml needs the internal-name hint to keep Name', async () => {
    const list = sp.web.lists.getByTitle('Integrity plans');
    await list.fields.createFieldAsXml({
      SchemaXml:
        '<Field Type="Text" Name="EntityId" DisplayName="Entity id" Indexed="TRUE" Required="TRUE" MaxLength="255" />',
      Options: AddFieldOptions.AddFieldInternalNameHint,
    });
    await list.fields.createFieldAsXml(
      '<Field Type="DateTime" Name="AdoptedOn" DisplayName="Adopted on" Format="DateOnly" />',
    );
    await list.fields.addChoice('PlanStatus', { Choices: ['draft', 'adopted', 'archived'] });
    const fields = await list.fields.select('InternalName', 'TypeAsString', 'Indexed')();
    const byName = new Map(fields.map((f) => [f.InternalName, f]));
    expect(byName.get('EntityId')).toMatchObject({ TypeAsString: 'Text', Indexed: true });
    expect(byName.has('Adopted_x0020_on')).toBe(true);
    expect(byName.get('PlanStatus')).toMatchObject({ TypeAsString: 'Choice' });
    await list.fields.getByInternalNameOrTitle('PlanStatus').update({ Indexed: true });
    expect(
      (await list.fields.getByInternalNameOrTitle('PlanStatus').select('Indexed')()).Indexed,
    ).toBe(true);
  });

  it('switches versioning with a MERGE update and reads it back', async () => {
    const list = sp.web.lists.getByTitle('Integrity plans');
    await list.update({ EnableVersioning: true, MajorVersionLimit: 500 });
    const info = await list.select(
      'EnableVersioning',
      'MajorVersionLimit',
      'HasUniqueRoleAssignments',
    )();
    expect(info).toMatchObject({
      EnableVersioning: true,
      MajorVersionLimit: 500,
      HasUniqueRoleAssignments: false,
    });
    const bogus = { Bogus: 1 } as unknown as Parameters<typeof list.update>[0];
    await expect(list.update(bogus)).rejects.toMatchObject({ status: 400 });
  });

  it('breaks inheritance and assigns roles to the site groups; Graph then enforces them', async () => {
    const list = sp.web.lists.getByTitle('Integrity plans');
    // While the list inherits, members may write (a team site gives them Edit).
    const before = await emu.graph('member', `${emu.listPath('IntegrityPlans')}/items`, {
      method: 'POST',
      body: JSON.stringify({ fields: { Title: 'Voor', EntityId: 'pz-demo', PlanStatus: 'draft' } }),
    });
    expect(before.status).toBe(201);

    const owners = await sp.web.associatedOwnerGroup();
    const members = await sp.web.associatedMemberGroup();
    const visitors = await sp.web.associatedVisitorGroup();
    expect([owners.Id, visitors.Id, members.Id]).toEqual([3, 4, 5]);
    const fullControl = await sp.web.roleDefinitions.getByType(5)();
    const read = await sp.web.roleDefinitions.getByName('Read')();
    expect(fullControl.Id).toBe(1073741829);

    await expect(list.roleAssignments.add(owners.Id, fullControl.Id)).rejects.toMatchObject({
      status: 400,
    });
    await list.breakRoleInheritance(false, true);
    await list.roleAssignments.add(owners.Id, fullControl.Id);
    await list.roleAssignments.add(members.Id, read.Id);
    await list.roleAssignments.add(visitors.Id, read.Id);
    const unique = await list.select('HasUniqueRoleAssignments')<{
      HasUniqueRoleAssignments: boolean;
    }>();
    expect(unique.HasUniqueRoleAssignments).toBe(true);

    const after = await emu.graph('member', `${emu.listPath('IntegrityPlans')}/items`, {
      method: 'POST',
      body: JSON.stringify({ fields: { Title: 'Na', EntityId: 'pz-demo', PlanStatus: 'draft' } }),
    });
    expect(after.status).toBe(403);
    expect(
      (await emu.graph('aig-reviewer', `${emu.listPath('IntegrityPlans')}/items`)).status,
    ).toBe(200);
    expect((await emu.graph('commander', `${emu.listPath('IntegrityPlans')}/items`)).status).toBe(
      200,
    );
  });

  it('refuses provisioning calls from a member with 403, and unknown calls with 501', async () => {
    await expect(pnp('member').web.lists.add('Iets')).rejects.toMatchObject({ status: 403 });
    await expect(sp.web.lists.getByTitle('Integrity plans').items()).rejects.toMatchObject({
      status: 501,
    });
  });

  it('hands out a request digest from contextinfo', async () => {
    const response = await emu.raw('/sites/pz-demo/_api/contextinfo', {
      method: 'POST',
      headers: { authorization: `Bearer ${emu.tokenFor('commander')}`, accept: 'application/json' },
    });
    expect(response.status).toBe(200);
    const info = await body<{ FormDigestValue: string; FormDigestTimeoutSeconds: number }>(
      response,
    );
    expect(info.FormDigestTimeoutSeconds).toBe(1800);
    expect(info.FormDigestValue).toMatch(/^0x[0-9A-F]+,/);
  });

  it('creates lists with columns through Graph too, and shows them through REST', async () => {
    const response = await emu.graph('commander', `/sites/${emu.siteId}/lists`, {
      method: 'POST',
      body: JSON.stringify({
        displayName: 'Reminder log',
        columns: [
          {
            name: 'IdempotencyKey',
            text: { maxLength: 255 },
            indexed: true,
            enforceUniqueValues: true,
          },
          { name: 'Attempts', number: { minimum: 0 } },
        ],
        list: { template: 'genericList' },
      }),
    });
    expect(response.status).toBe(201);
    expect(await body(response)).toMatchObject({
      name: 'IntegrityReminderLog',
      list: { template: 'genericList' },
    });
    const fields = await sp.web.lists
      .getByTitle('Reminder log')
      .fields.filter("InternalName eq 'IdempotencyKey'")();
    expect(fields).toHaveLength(1);
    expect(fields[0]).toMatchObject({ Indexed: true, EnforceUniqueValues: true });
    const columns = await body<{ value: { name: string }[] }>(
      await emu.graph('member', `${emu.listPath('IntegrityReminderLog')}/columns`),
    );
    expect(columns.value.map((c) => c.name)).toEqual(
      expect.arrayContaining(['Title', 'IdempotencyKey', 'Attempts']),
    );
    const added = await emu.graph('commander', `${emu.listPath('IntegrityReminderLog')}/columns`, {
      method: 'POST',
      body: JSON.stringify({ name: 'SentAt', dateTime: { format: 'dateTime' } }),
    });
    expect(added.status).toBe(201);
    const duplicate = await emu.graph('commander', `/sites/${emu.siteId}/lists`, {
      method: 'POST',
      body: JSON.stringify({ displayName: 'Reminder log' }),
    });
    expect(duplicate.status).toBe(409);
    expect((await body<GraphError>(duplicate)).error.code).toBe('nameAlreadyExists');
  });
});
