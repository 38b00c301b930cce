import type { Identity } from '../auth/tokens';
import type { EmulatorContext } from '../context';
import type { EmuRequest } from '../http/router';
import type { SiteRecord } from '../store/model';

/** What every SharePoint REST handler needs: the request, the site and who is calling. */
export type SpScope = {
  readonly ctx: EmulatorContext;
  readonly req: EmuRequest;
  readonly site: SiteRecord;
  readonly siteUrl: string;
  readonly identity: Identity;
  /** The effective method, after `X-HTTP-Method` (PnPjs sends MERGE/DELETE as POST). */
  readonly method: string;
};
