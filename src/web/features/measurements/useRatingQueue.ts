import { useCallback, useEffect, useMemo, useRef } from 'react';
import { CATALOGUE } from '../../../core/catalogue/catalogue';
import type { ElementId } from '../../../core/catalogue/catalogue.types';
import type { Rating } from '../../../core/maturity/maturity.types';
import { rateElement } from '../../../core/maturity/measurement';
import type { PersonRef } from '../../../core/shared/person';
import type {
  MeasurementChange,
  MeasurementRecords,
  MeasurementStore,
} from '../../../ports/measurement-store';
import type { ChangeOutcome, Stored, StoreError } from '../../../ports/store.types';
import {
  createDraftStore,
  discardDrafts,
  type DraftRecord,
  type DraftStore,
} from '../../data/drafts';
import {
  useSaveQueue,
  type ChangeSaver,
  type SavedRecord,
  type SaveQueue,
} from '../../data/useSaveQueue';
import { useServices } from '../../providers/ServicesProvider';
import type { MeasurementData, RatingInput, WriteOutcome } from './useMeasurement';

export type RatingQueue = {
  readonly queue: SaveQueue<MeasurementRecords>;
  /** Checks the rating with the core, then keeps it as a draft and stores it. */
  readonly rate: (elementId: ElementId, input: RatingInput) => Promise<WriteOutcome>;
  /** Rating edits kept on this device and not stored yet, by element (e.g. from before a reload). */
  readonly pending: ReadonlyMap<ElementId, Rating>;
  /**
   * The rating drafts of a locked measurement: they can never be stored (a correction is a new
   * measurement), so they are offered for discarding. Empty while the measurement is open.
   */
  readonly locked: readonly DraftRecord[];
  /**
   * Removes these drafts (as shown, see `discardDrafts`) from this device, only while the
   * measurement is locked; how many were removed.
   */
  readonly discardLocked: (shown: readonly DraftRecord[]) => Promise<number>;
};

/** Drafts of one measurement, apart from the plan's (the plan queue sends all drafts of its scope). */
export function ratingDraftScope(entityId: string, measurementId: string): string {
  return `${entityId}.measurement.${measurementId}`;
}

/** The draft id of a rating not stored yet: one per element, so its edits replace each other. */
function newRatingId(elementId: ElementId): string {
  return `new:${elementId}`;
}

const isNew = (change: MeasurementChange): boolean => change.op === 'update' && change.etag === '';

// A refusal of the person's rights keeps the edit: nothing typed is lost, and it is sent again
// once they may write (or they copy it into a correction). So does the store's refusal of a
// measurement locked between the saver's read and the write: the screen then offers to note the
// edit and discard it, as for a lock the saver saw.
const keepRefused = (error: StoreError): boolean =>
  error.code === 'STORE.FORBIDDEN' || error.code === 'STORE.LOCKED';

/**
 * Stores rating drafts of one measurement: first a fresh read, so nothing is written into a
 * measurement someone locked meanwhile (refused as MEASUREMENT.LOCKED, drafts kept) and a new
 * rating of an element someone else rated meanwhile comes back as a conflict with their version
 * instead of a second rating; new ratings are created, the others updated with If-Match.
 */
function ratingSaver(
  store: () => Promise<MeasurementStore | null>,
  measurementId: string,
): ChangeSaver<MeasurementRecords> {
  return async (entityId, changes) => {
    const measurements = await store();
    if (measurements === null) return { refused: { code: 'STORE.FORBIDDEN' } };
    const loaded = await measurements.loadMeasurements(entityId);
    if (!loaded.ok) {
      return {
        outcomes: changes.map(
          (c): ChangeOutcome<MeasurementRecords> =>
            ({
              key: c.key,
              kind: c.kind,
              op: c.op,
              result: loaded,
            }) as ChangeOutcome<MeasurementRecords>,
        ),
        createdIds: {},
      };
    }
    const measurement = loaded.value.measurements.find((m) => m.id === measurementId);
    if (measurement === undefined) {
      return { refused: { code: 'STORE.NOT_FOUND' } };
    }
    if (measurement.value.status === 'locked') return { refused: { code: 'MEASUREMENT.LOCKED' } };
    const existing = new Map(
      loaded.value.ratings
        .filter((r) => r.value.measurementId === measurementId)
        .map((r) => [r.value.elementId, r] as const),
    );
    const early = new Map<number, ChangeOutcome<MeasurementRecords>>();
    const toSend: { readonly index: number; readonly change: MeasurementChange }[] = [];
    changes.forEach((change, index) => {
      if (!isNew(change) || change.op !== 'update' || change.kind !== 'rating') {
        toSend.push({ index, change });
        return;
      }
      const theirs = existing.get(change.value.elementId);
      if (theirs !== undefined) {
        early.set(index, {
          key: change.key,
          kind: 'rating',
          op: 'update',
          result: {
            ok: false,
            error: { code: 'STORE.CONFLICT', kind: 'rating', id: theirs.id, current: theirs },
          },
        });
        return;
      }
      const { id: _id, updatedAt: _u, ...draft } = change.value;
      toSend.push({ index, change: { op: 'create', kind: 'rating', key: change.key, draft } });
    });
    const report =
      toSend.length === 0
        ? { outcomes: [], createdIds: {} }
        : await measurements.saveMeasurementChanges(
            entityId,
            toSend.map((s) => s.change),
          );
    const outcomes = changes.map((_change, index) => {
      const found = early.get(index);
      if (found !== undefined) return found;
      const sent = toSend.findIndex((s) => s.index === index);
      const outcome = report.outcomes[sent];
      if (outcome === undefined) throw new Error(`No outcome for rating change ${String(index)}`);
      return outcome;
    });
    return { outcomes, createdIds: report.createdIds };
  };
}

/**
 * The rating grid's save-as-you-go: each rating edit is checked by the core, kept on this device
 * and stored through the shared save queue (drafts survive a reload and are retried; a 412 opens
 * the conflict dialog).
 */
export function useRatingQueue(
  data: MeasurementData,
  person: PersonRef | null,
  onStored: (stored: Stored<Rating>) => void,
  drafts?: DraftStore,
): RatingQueue {
  const services = useServices();
  const measurementId = data.measurement.id;
  const draftStore = useMemo(() => drafts ?? createDraftStore(), [drafts]);
  const scope = ratingDraftScope(data.entityId, measurementId);
  const saved = useRef(new Set<ElementId>());
  const latest = useRef(data);
  useEffect(() => {
    latest.current = data;
  }, [data]);

  const saveChanges = useMemo(
    () =>
      ratingSaver(async () => {
        const tab = await services.data();
        return tab.ok ? tab.value.store : null;
      }, measurementId),
    [services, measurementId],
  );
  const onSaved = useCallback(
    (record: SavedRecord<MeasurementRecords>): void => {
      if (record.kind !== 'rating') return;
      const stored = record.stored as Stored<Rating>;
      saved.current.add(stored.value.elementId);
      onStored(stored);
    },
    [onStored],
  );
  const queue = useSaveQueue<MeasurementRecords>({
    entityId: data.entityId,
    draftScope: scope,
    drafts: draftStore,
    saveChanges,
    onSaved,
    keepRefused,
  });

  const save = queue.save;
  const rate = useCallback(
    async (elementId: ElementId, input: RatingInput): Promise<WriteOutcome> => {
      const { measurement, ratings } = latest.current;
      const existing = ratings.get(elementId);
      const rated = rateElement(
        measurement.value,
        [...ratings.values()].map((r) => r.value),
        { ratingId: existing?.id ?? newRatingId(elementId), elementId, ...input, rater: person },
        CATALOGUE,
      );
      if (!rated.ok) return { kind: 'failed', error: rated.error };
      saved.current.delete(elementId);
      await save('rating', rated.value, existing?.etag ?? '');
      const kept = draftStore
        .list(scope)
        .some((d) => d.kind === 'rating' && (d.value as Rating).elementId === elementId);
      if (kept) return { kind: 'kept' };
      return saved.current.has(elementId) ? { kind: 'saved' } : { kind: 'not-saved' };
    },
    [draftStore, person, save, scope],
  );

  const pending = useMemo(
    () =>
      new Map(
        queue.drafts
          .filter((d) => d.kind === 'rating')
          .map((d) => d.value as Rating)
          .map((r) => [r.elementId, r] as const),
      ),
    [queue.drafts],
  );

  const isLocked = data.measurement.value.status === 'locked';
  const locked = useMemo(
    () => (isLocked ? queue.drafts.filter((d) => d.kind === 'rating') : []),
    [isLocked, queue.drafts],
  );
  const retry = queue.retry;
  const discardLocked = useCallback(
    async (shown: readonly DraftRecord[]): Promise<number> => {
      // Only a locked measurement's drafts: an open one's are still sent (retried, not lost).
      if (latest.current.measurement.value.status !== 'locked') return 0;
      const removed = discardDrafts(draftStore, scope, shown);
      // The queue reads its drafts again; any left (a newer edit) is refused as locked again.
      await retry();
      return removed.length;
    },
    [draftStore, scope, retry],
  );

  return { queue, rate, pending, locked, discardLocked };
}
