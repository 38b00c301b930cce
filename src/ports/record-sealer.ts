import type { DomainError, Result } from '../core/shared/result';

/** What sealing did: items made read-only now, and items found already sealed. */
export type SealReport = {
  readonly measurementId: string;
  /** The measurement's item plus its ratings' and individual ratings' items. */
  readonly total: number;
  readonly sealedNow: number;
  readonly alreadySealed: number;
};

/** Why sealing stopped. Items sealed before the failure stay sealed; sealing again resumes. */
export type SealFailureReason =
  /** The measurement is not locked on the server: only a locked one is sealed. */
  | 'not-locked'
  /** The measurement's item is gone. */
  | 'not-found'
  /** The signed-in person may not change permissions (only the team's owners can). */
  | 'forbidden'
  /** SharePoint could not be reached or kept refusing (throttling, outage). */
  | 'unavailable';

export type SealFailure = DomainError<'SEAL.FAILED'> & {
  readonly measurementId: string;
  readonly reason: SealFailureReason;
  /** Items sealed (now or before) when it stopped, of `total`. */
  readonly sealed: number;
  readonly total: number;
};

/** Whether a locked measurement's items are read-only in SharePoint now. */
export type SealState = 'sealed' | 'not-sealed';

/** Why the seal could not be checked (the same reasons as sealing, bar `not-locked`). */
export type SealCheckFailure = DomainError<'SEAL.CHECK_FAILED'> & {
  readonly measurementId: string;
  readonly reason: Exclude<SealFailureReason, 'not-locked'>;
};

/**
 * Makes the items of a locked measurement read-only for everyone, in SharePoint itself: the
 * measurement's item and its ratings' and individual ratings' items get their own permissions
 * with only the Read role for every group that had access, so nobody edits the audit record
 * behind the app's back. Idempotent: sealing a sealed measurement changes nothing.
 */
export interface RecordSealer {
  sealMeasurement(measurementId: string): Promise<Result<SealReport, SealFailure>>;
  /**
   * Reads, without changing anything, whether the measurement is sealed. The measurement's own
   * item is sealed last, only once every item under it is, so its state is the measurement's.
   */
  sealState(measurementId: string): Promise<Result<SealState, SealCheckFailure>>;
}
