import type { Principal } from '../../../manifest/manifest.schema';

/** Who can sign in to the local tab (and the app-only identity of the scheduled job and bot). */
export const PERSONAS = [
  'commander',
  'integrity-officer',
  'member',
  'aig-reviewer',
  'app',
] as const;
export type Persona = (typeof PERSONAS)[number];

export function isPersona(value: unknown): value is Persona {
  return typeof value === 'string' && (PERSONAS as readonly string[]).includes(value);
}

export type PersonaProfile = {
  readonly persona: Persona;
  readonly displayName: string;
  readonly email: string;
  /** Entra object id (for `app`: the service principal's object id). */
  readonly oid: string;
  /** Stable id in the site's User Information List: AuthorLookupId / EditorLookupId. */
  readonly siteUserId: number;
  /** The SharePoint group the persona is in, or `app` for the app-only identity. */
  readonly principal: Principal;
  readonly jobTitle: string;
};

export const TENANT_ID = 'b6c4e2a0-1d3f-4a5b-9c7d-0e1f2a3b4c5d';
/** The app registration's client id (the `appid` / `azp` claim of app-only tokens). */
export const APP_CLIENT_ID = '3f9d2c71-8a4e-4b6f-9d0c-5e7a1b2c3d4e';
export const APP_DISPLAY_NAME = 'Integrity Dashboard';

/**
 * SharePoint records app-only writes as the built-in "SharePoint App" user (id 1073741822 in
 * SharePoint Online); the calling application is reported separately (`createdBy.application`).
 */
export const SHAREPOINT_APP_USER_ID = 1073741822;

/** The user the raw `/_emulator/raw` endpoints write as: a person editing in SharePoint's UI. */
export const HAND_EDIT_USER = {
  id: 11,
  title: 'SharePoint UI (hand edit)',
  email: 'hand.edit@pz-demo.example',
  oid: '0e7d4c21-6b3a-4f58-9a1e-2c3d4e5f6a7b',
} as const;

export const PERSONA_PROFILES: Readonly<Record<Persona, PersonaProfile>> = {
  commander: {
    persona: 'commander',
    displayName: 'Marc Janssens',
    email: 'marc.janssens@pz-demo.example',
    oid: '4a1f6c2e-9b3d-4e7a-8c5f-1d2e3f4a5b6c',
    siteUserId: 7,
    principal: 'owners',
    jobTitle: 'Korpschef (hoofdcommissaris)',
  },
  'integrity-officer': {
    persona: 'integrity-officer',
    displayName: 'Sofie Claes',
    email: 'sofie.claes@pz-demo.example',
    oid: '7b2e8d3f-1c4a-4b9e-a6d7-2e3f4a5b6c7d',
    siteUserId: 8,
    principal: 'owners',
    jobTitle: 'Integriteitscoördinator (commissaris)',
  },
  member: {
    persona: 'member',
    displayName: 'Tom Maes',
    email: 'tom.maes@pz-demo.example',
    oid: '9c3f0e4a-2d5b-4c1f-b7e8-3f4a5b6c7d8e',
    siteUserId: 9,
    principal: 'members',
    jobTitle: 'Inspecteur',
  },
  'aig-reviewer': {
    persona: 'aig-reviewer',
    displayName: 'Els Wouters',
    email: 'els.wouters@aig.example',
    oid: 'd4e5f6a7-3e6c-4d2a-8f9b-4a5b6c7d8e9f',
    siteUserId: 10,
    principal: 'visitors',
    jobTitle: 'Auditor, Algemene Inspectie (AIG)',
  },
  app: {
    persona: 'app',
    displayName: 'SharePoint App',
    email: '',
    oid: '6e7f8a9b-4f7d-4e3b-9a0c-5b6c7d8e9f0a',
    siteUserId: SHAREPOINT_APP_USER_ID,
    principal: 'app',
    jobTitle: '',
  },
};
