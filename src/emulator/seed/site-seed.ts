import { LISTS_MANIFEST } from '../../../manifest/manifest';
import { HAND_EDIT_USER, PERSONA_PROFILES, PERSONAS } from '../auth/personas';
import type { Db } from '../store/db';
import { createListFromApi, createProvisionedList } from '../store/list-factory';
import type { SiteRecord } from '../store/model';
import { insertSite, upsertSiteUser } from '../store/sites-store';

/**
 * The demo entity's Team site. Its ids are fixed so `.env` files and bookmarks survive a reseed;
 * the composite id has the `{hostname},{siteCollectionGuid},{webGuid}` form of Graph.
 */
export const DEMO_SITE = {
  hostname: 'localhost',
  siteGuid: '5b2c8f1e-3d4a-4c6b-9e7f-1a2b3c4d5e6f',
  webGuid: '8e9f0a1b-2c3d-4e5f-8a7b-6c5d4e3f2a1b',
  groupId: 'c0ffee00-7a1b-4c2d-8e3f-9a0b1c2d3e4f',
  name: 'pz-demo',
  displayName: 'PZ Demo',
  description: 'Teamsite van de lokale politiezone PZ Demo',
  urlPath: 'sites/pz-demo',
  created: '2025-09-01T08:00:00Z',
} as const;

export const DEMO_SITE_ID = `${DEMO_SITE.hostname},${DEMO_SITE.siteGuid},${DEMO_SITE.webGuid}`;

/** When provisioning created the lists (before the demo content). */
export const PROVISIONED_AT = '2025-10-06T09:00:00Z';

export type SiteSeedOptions = {
  readonly timeZone: string;
  /** Create the manifest's lists as provisioning would (false: a bare site for provisioning tests). */
  readonly provisionLists: boolean;
};

function loginName(email: string): string {
  return `i:0#.f|membership|${email}`;
}

export function seedSite(db: Db, options: SiteSeedOptions): SiteRecord {
  const site: SiteRecord = {
    id: DEMO_SITE_ID,
    hostname: DEMO_SITE.hostname,
    siteGuid: DEMO_SITE.siteGuid,
    webGuid: DEMO_SITE.webGuid,
    groupId: DEMO_SITE.groupId,
    name: DEMO_SITE.name,
    displayName: DEMO_SITE.displayName,
    description: DEMO_SITE.description,
    urlPath: DEMO_SITE.urlPath,
    timeZone: options.timeZone,
    created: DEMO_SITE.created,
  };
  insertSite(db, site);
  for (const persona of PERSONAS) {
    const profile = PERSONA_PROFILES[persona];
    upsertSiteUser(db, site.id, {
      id: profile.siteUserId,
      title: profile.displayName,
      email: profile.email,
      // The app-only identity is SharePoint's built-in app principal.
      loginName:
        persona === 'app'
          ? 'i:0i.t|00000003-0000-0ff1-ce00-000000000000|app@sharepoint'
          : loginName(profile.email),
      oid: profile.oid,
    });
  }
  upsertSiteUser(db, site.id, {
    id: HAND_EDIT_USER.id,
    title: HAND_EDIT_USER.title,
    email: HAND_EDIT_USER.email,
    loginName: loginName(HAND_EDIT_USER.email),
    oid: HAND_EDIT_USER.oid,
  });
  // Every team site has its document library; clients listing lists must cope with it.
  createListFromApi(
    db,
    site,
    { title: 'Documents', description: '', template: 'documentLibrary', columns: [] },
    DEMO_SITE.created,
    PERSONA_PROFILES.commander.siteUserId,
  );
  if (options.provisionLists) {
    for (const definition of LISTS_MANIFEST.lists) {
      createProvisionedList(
        db,
        site,
        definition,
        PROVISIONED_AT,
        PERSONA_PROFILES.commander.siteUserId,
      );
    }
  }
  return site;
}
