import type { GraphHttp } from './graph-http';
import type { RetryPolicy } from './graph-retry';

/** What every Graph store operation needs: transport, site, list addressing and retry timing. */
export type GraphStoreContext = {
  readonly http: GraphHttp;
  /** Composite site id `{hostname},{siteCollectionGuid},{webGuid}`. */
  readonly siteId: string;
  /** The URL segment of a manifest list: its GUID when known, else its name. */
  readonly listSegment: (listName: string) => string;
  readonly policy: RetryPolicy;
  /** `$top` of list queries; Graph's maximum is undocumented, SharePoint REST allows 5,000. */
  readonly pageSize: number;
  /** A fresh random id for a create's `ClientToken`. */
  readonly newToken: () => string;
};
