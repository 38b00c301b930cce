import { describe, expect, it } from 'vitest';
import { JOB_LIST_NAMES } from './job-lists';
import {
  createTenantRuntime,
  graphIdentity,
  parseListIds,
  parseSiteIds,
  tenantSettings,
} from './tenant-runtime';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

const SITE_A = 'contoso.sharepoint.com,a,b';
const SITE_B = 'contoso.sharepoint.com,c,d';

/** A GUID per list, distinct per site: `…-0000000000<site><list index>`. */
function guid(site: number, list: number): string {
  return `00000000-0000-4000-8000-${String(site * 100 + list).padStart(12, '0')}`;
}

function listIdsOf(siteId: string, site: number, names = JOB_LIST_NAMES): string[] {
  return names.map((name, i) => `${siteId}/${name}=${guid(site, i)}`);
}

const COMPLETE = {
  CLIENT_ID: 'bot-id',
  CLIENT_SECRET: 'secret',
  TENANT_ID: 'tenant',
  TEAMS_APP_ID: 'teams-app',
  INTEGRITY_SITE_IDS: `${SITE_A};${SITE_B}`,
};

describe('tenant runtime settings', () => {
  it('reads composite site ids separated by semicolons or lines', () => {
    expect(parseSiteIds('contoso.sharepoint.com,a,b; contoso.sharepoint.com,c,d\n\n')).toEqual([
      { siteId: 'contoso.sharepoint.com,a,b' },
      { siteId: 'contoso.sharepoint.com,c,d' },
    ]);
  });

  it('names the missing app setting', async () => {
    await expect(
      createTenantRuntime(
        { CLIENT_ID: 'x', CLIENT_SECRET: 's', TENANT_ID: 't', TEAMS_APP_ID: 'a' },
        silent,
      ),
    ).rejects.toThrow(/INTEGRITY_SITE_IDS/);
    await expect(createTenantRuntime({}, silent)).rejects.toThrow(/CLIENT_ID/);
  });

  it('refuses to start without the bot secret instead of falling back to a managed identity', async () => {
    const { CLIENT_SECRET: _secret, ...withoutSecret } = COMPLETE;
    await expect(createTenantRuntime(withoutSecret, silent)).rejects.toThrow(
      'app setting CLIENT_SECRET is missing',
    );
    await expect(
      createTenantRuntime({ ...withoutSecret, CLIENT_SECRET: '  ' }, silent),
    ).rejects.toThrow('app setting CLIENT_SECRET is missing');
    // The Graph identity does not change who the bot is: the secret is needed either way.
    await expect(
      createTenantRuntime({ ...withoutSecret, GRAPH_IDENTITY: 'managed-identity' }, silent),
    ).rejects.toThrow('app setting CLIENT_SECRET is missing');
  });

  it('refuses a Key Vault reference App Service could not resolve', () => {
    expect(() =>
      tenantSettings({
        ...COMPLETE,
        CLIENT_SECRET: '@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/bot/)',
      }),
    ).toThrow(/CLIENT_SECRET is an unresolved Key Vault reference/);
  });

  it('calls Graph as the managed identity only when the app setting says so', () => {
    expect(graphIdentity({})).toBe('bot');
    expect(graphIdentity({ GRAPH_IDENTITY: 'managed-identity' })).toBe('managed-identity');
    expect(() => graphIdentity({ GRAPH_IDENTITY: 'msi' })).toThrow(/GRAPH_IDENTITY/);
  });
});

describe('INTEGRITY_LIST_IDS', () => {
  const complete = [...listIdsOf(SITE_A, 1), ...listIdsOf(SITE_B, 2)].join(';\n');

  it('gives each site the id of every list the job uses', () => {
    const settings = tenantSettings({ ...COMPLETE, INTEGRITY_LIST_IDS: complete });
    expect(settings.sites.map((s) => s.siteId)).toEqual([SITE_A, SITE_B]);
    expect(settings.sites[0]?.listIds?.IntegritySettings).toBe(guid(1, 0));
    expect(settings.sites[1]?.listIds?.IntegrityDialoguePrompts).toBe(
      guid(2, JOB_LIST_NAMES.indexOf('IntegrityDialoguePrompts')),
    );
    expect(Object.keys(settings.sites[1]?.listIds ?? {}).sort()).toEqual(
      [...JOB_LIST_NAMES].sort(),
    );
  });

  it('is optional: without it the lists are addressed by name', () => {
    expect(tenantSettings(COMPLETE).sites).toEqual([{ siteId: SITE_A }, { siteId: SITE_B }]);
    expect(tenantSettings({ ...COMPLETE, INTEGRITY_LIST_IDS: ' ' }).sites).toEqual([
      { siteId: SITE_A },
      { siteId: SITE_B },
    ]);
  });

  it('once given, must cover every list of every site', () => {
    const withoutRatings = [
      ...listIdsOf(
        SITE_A,
        1,
        JOB_LIST_NAMES.filter((n) => n !== 'IntegrityRatings'),
      ),
      ...listIdsOf(SITE_B, 2),
    ].join(';');
    expect(() => parseListIds(withoutRatings, [SITE_A, SITE_B])).toThrow(
      `no id for IntegrityRatings on site ${SITE_A}`,
    );
    expect(() => parseListIds(listIdsOf(SITE_A, 1).join(';'), [SITE_A, SITE_B])).toThrow(
      `on site ${SITE_B}`,
    );
  });

  it('names what is wrong with an entry', () => {
    const sites = [SITE_A];
    expect(() => parseListIds('IntegritySettings=x', sites)).toThrow(
      /"IntegritySettings=x" is not <site id>\/<list name>=<list id>/,
    );
    expect(() =>
      parseListIds(`contoso.sharepoint.com,x,y/IntegritySettings=${guid(1, 0)}`, sites),
    ).toThrow(/site not in INTEGRITY_SITE_IDS/);
    expect(() => parseListIds(`${SITE_A}/IntegrityIndividualRatings=${guid(1, 0)}`, sites)).toThrow(
      /IntegrityIndividualRatings, which the job does not use/,
    );
    expect(() => parseListIds(`${SITE_A}/IntegritySettings=not-a-guid`, sites)).toThrow(
      /id of IntegritySettings is not a GUID/,
    );
    expect(() =>
      parseListIds(
        [...listIdsOf(SITE_A, 1), `${SITE_A}/IntegritySettings=${guid(9, 9)}`].join(';'),
        sites,
      ),
    ).toThrow(/two ids for IntegritySettings/);
  });
});
