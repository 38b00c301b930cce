import type { DomainError, Result } from '../core/shared/result';

/** One step of creating the manifest's lists, reported as it completes. */
export type ProvisionProgress = {
  readonly step: 'list' | 'columns' | 'versioning' | 'permissions';
  /** The list's internal name (`IntegrityPlans`). */
  readonly list: string;
  readonly status: 'created' | 'updated' | 'unchanged';
  /** Steps done so far and in all, for a progress bar. */
  readonly done: number;
  readonly total: number;
};

/**
 * Why provisioning stopped: the signed-in person (or the app's site grant) may not manage the
 * site, or SharePoint failed in a way nobody can act on from the tab.
 */
export type ProvisionError = DomainError<'SETUP.NOT_ALLOWED' | 'SETUP.PROVISION_FAILED'>;

/**
 * Creates the SharePoint lists of `manifest/lists.json` in the team's site, with their columns,
 * versioning and permissions. Idempotent: a second run changes nothing. Implemented over Graph +
 * SharePoint REST (PnPjs) with the signed-in owner's delegated token.
 */
export interface ListProvisioner {
  /** The manifest lists the site does not have yet (empty when set up). */
  missingLists(): Promise<Result<readonly string[], ProvisionError>>;
  provision(
    onProgress: (progress: ProvisionProgress) => void,
  ): Promise<Result<void, ProvisionError>>;
}
