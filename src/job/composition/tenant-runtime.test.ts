import { describe, expect, it } from 'vitest';
import { createTenantRuntime, graphIdentity, parseSiteIds } from './tenant-runtime';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('tenant runtime settings', () => {
  it('reads composite site ids separated by semicolons or lines', () => {
    expect(parseSiteIds('contoso.sharepoint.com,a,b; contoso.sharepoint.com,c,d\n\n')).toEqual([
      { siteId: 'contoso.sharepoint.com,a,b' },
      { siteId: 'contoso.sharepoint.com,c,d' },
    ]);
  });

  it('names the missing app setting', async () => {
    await expect(
      createTenantRuntime({ CLIENT_ID: 'x', TENANT_ID: 't', TEAMS_APP_ID: 'a' }, silent),
    ).rejects.toThrow(/INTEGRITY_SITE_IDS/);
    await expect(createTenantRuntime({}, silent)).rejects.toThrow(/CLIENT_ID/);
  });

  it('calls Graph as the managed identity only when the app setting says so', () => {
    expect(graphIdentity({})).toBe('bot');
    expect(graphIdentity({ GRAPH_IDENTITY: 'managed-identity' })).toBe('managed-identity');
    expect(() => graphIdentity({ GRAPH_IDENTITY: 'msi' })).toThrow(/GRAPH_IDENTITY/);
  });
});
