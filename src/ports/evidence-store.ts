import type { IsoDateTime } from '../core/shared/dates';
import type { StoreResult } from './store.types';

/**
 * A file of the Team site's document library that a rating's evidence link points to, with the
 * SHA-256 of its content at the time it was read, so an auditor can verify it later.
 */
export type EvidenceFileFacts = {
  /** The link exactly as the rating stores it. */
  readonly link: string;
  readonly fileName: string;
  /** The library's web URL of the file (may differ from the link, e.g. a sharing link). */
  readonly webUrl: string;
  /** Lower-case hex SHA-256 of the file's bytes. */
  readonly sha256: string;
  readonly modifiedAt: IsoDateTime;
  readonly sizeBytes: number;
};

/** Why one evidence link could not be listed with a hash; the export says so beside the link. */
export type EvidenceLinkProblem =
  /** The link points outside the Team site's libraries (another site, the web). */
  | 'EVIDENCE.OUTSIDE_LIBRARY'
  /** The link names a file that is not (or no longer) in the library. */
  | 'EVIDENCE.NOT_FOUND'
  /** The link names a folder, not a file. */
  | 'EVIDENCE.NOT_A_FILE'
  /** The signed-in person or the app may not read the file. */
  | 'EVIDENCE.FORBIDDEN'
  /**
   * The file is larger than the store hashes (the Graph store: 250 MB). Hashing needs the whole
   * file in memory (WebCrypto has no incremental digest), so it is listed without a hash.
   */
  | 'EVIDENCE.TOO_LARGE';

export type EvidenceLookup =
  | { readonly status: 'found'; readonly file: EvidenceFileFacts }
  | { readonly status: 'problem'; readonly link: string; readonly problem: EvidenceLinkProblem };

export interface EvidenceStore {
  /**
   * Resolves each link to the library file it names and hashes its content. One answer per link,
   * in the order given; a link that cannot be resolved is a `problem`, never dropped. A store-wide
   * failure (throttled after every retry, network down) is the error result.
   */
  describeEvidence(
    entityId: string,
    links: readonly string[],
    onProgress?: (done: number, total: number) => void,
  ): Promise<StoreResult<readonly EvidenceLookup[]>>;
}
