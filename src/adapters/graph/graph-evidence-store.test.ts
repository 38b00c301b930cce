import { describe, expect, it } from 'vitest';
import { encodeSharingUrl, targetOf, type SiteAddress } from './graph-evidence-store';

const SITE: SiteAddress = { hostname: 'contoso.sharepoint.com', segments: ['sites', 'pz-demo'] };
const HOST = 'https://contoso.sharepoint.com';

describe('encodeSharingUrl', () => {
  it('encodes like the shares-get documentation example', () => {
    expect(
      encodeSharingUrl(
        'https://onedrive.live.com/redir?resid=1231244193912!12&authKey=1201919!12921!1',
      ),
    ).toBe(
      'u!aHR0cHM6Ly9vbmVkcml2ZS5saXZlLmNvbS9yZWRpcj9yZXNpZD0xMjMxMjQ0MTkzOTEyITEyJmF1dGhLZXk9MTIwMTkxOSExMjkyMSEx',
    );
  });

  it('encodes non-ASCII file names as UTF-8, without padding', () => {
    const encoded = encodeSharingUrl(`${HOST}/sites/pz-demo/Shared Documents/Beslissing é.pdf`);
    expect(encoded).not.toMatch(/[=+/]/);
    expect(Buffer.from(encoded.slice(2), 'base64url').toString('utf8')).toBe(
      `${HOST}/sites/pz-demo/Shared Documents/Beslissing é.pdf`,
    );
  });
});

describe('targetOf', () => {
  it.each([
    [`${HOST}/sites/pz-demo/Shared%20Documents/a/b.pdf`, 'path'],
    [`${HOST.toUpperCase()}/SITES/PZ-DEMO/Gedeelde%20documenten/b.pdf`, 'path'],
    [`${HOST}/:b:/s/pz-demo/EaBcDeF?e=x1y2`, 'sharing'],
    [`${HOST}/:w:/r/sites/pz-demo/_layouts/15/Doc.aspx?sourcedoc=%7B1%7D`, 'sharing'],
    [`${HOST}/:b:/s/pz-other/EaBcDeF`, 'outside'],
    [`${HOST}/:f:/g/personal/tom_contoso_be/EaBc`, 'outside'],
    [`${HOST}/sites/pz-demo2/Shared%20Documents/b.pdf`, 'outside'],
    [`${HOST}/sites/pz-demo`, 'outside'],
    ['https://other.sharepoint.com/sites/pz-demo/Shared%20Documents/b.pdf', 'outside'],
    ['file:///C:/evidence/b.pdf', 'outside'],
    ['see the binder in the office', 'outside'],
    [`${HOST}/sites/pz-demo/%E0%A4%A.pdf`, 'outside'],
  ])('%s → %s', (link, type) => {
    expect(targetOf(link, SITE).type).toBe(type);
  });
});
