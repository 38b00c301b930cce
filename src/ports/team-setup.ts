import type { DomainError, Result } from '../core/shared/result';

/** What the signed-in person may do on the team's site, as SharePoint reports it. */
export type SiteAccess = {
  /** Owners can create lists and set their permissions; members and visitors cannot. */
  readonly role: 'owner' | 'reader';
  /** The site's web address, for messages that tell an admin which site to grant. */
  readonly siteUrl: string;
};

/** A standard or private channel of the team, as Graph lists it. */
export type TeamChannel = {
  readonly id: string;
  readonly displayName: string;
};

/** Whether the app (and so its bot) is installed in the team. */
export type BotInstallation = 'installed' | 'missing';

export type TeamSetupError = DomainError<
  | 'SETUP.SITE_NOT_GRANTED'
  | 'SETUP.NOT_ALLOWED'
  | 'SETUP.NO_TEAM'
  | 'SETUP.NO_APP_ID'
  | 'SETUP.REQUEST_FAILED'
>;

/**
 * The team-level reads and writes of the first-run set-up: the caller's rights on the site, the
 * team's channels (Graph `GET /teams/{id}/channels`) and the app's installation in the team
 * (Graph `GET/POST /teams/{id}/installedApps`).
 */
export interface TeamSetup {
  siteAccess(): Promise<Result<SiteAccess, TeamSetupError>>;
  listChannels(): Promise<Result<readonly TeamChannel[], TeamSetupError>>;
  botInstallation(): Promise<Result<BotInstallation, TeamSetupError>>;
  installBot(): Promise<Result<void, TeamSetupError>>;
}
