import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { savePlanChanges } from '../../app/save-plan-changes';
import type { DomainError } from '../../core/shared/result';
import type { PlanChange, PlanRecords, PlanStore } from '../../ports/plan-store';
import type {
  ChangeReport,
  ConflictError,
  Read,
  RecordChange,
  RecordKind,
  Stored,
  StoreError,
} from '../../ports/store.types';
import { isInvalidRecord } from '../../ports/store.types';
import { mergeRecords, type FieldChoice } from './conflict-fields';
import { createDraftStore, type DraftRecord, type DraftStore } from './drafts';

/** What the save indicator shows. */
export type SaveState =
  | { readonly status: 'idle' }
  | { readonly status: 'saving' }
  | { readonly status: 'saved' }
  /** Not stored for now (offline, throttled): kept on this device and retried. */
  | { readonly status: 'draft'; readonly count: number; readonly error: DomainError }
  /** Refused (forbidden, invalid values, gone): retrying the same edit cannot help. */
  | { readonly status: 'failed'; readonly error: DomainError };

/** The records a queue saves, by kind (the plan's by default). */
export type RecordMap = Record<string, { readonly id: string }>;
/** The kinds of a queue's records (store record kinds, so drafts can name them). */
export type KindOf<R extends RecordMap> = keyof R & RecordKind;

/** Someone else saved the record since it was read: both versions, for the ConflictDialog. */
export type RecordConflict<R extends RecordMap = PlanRecords> = {
  readonly kind: KindOf<R>;
  readonly mine: R[KindOf<R>];
  /** The server's version now; null when it was deleted or is not a valid record any more. */
  readonly theirs: Stored<R[KindOf<R>]> | null;
  readonly error: ConflictError;
};
export type PlanConflict = RecordConflict;

export type SavedRecord<R extends RecordMap = PlanRecords> = {
  readonly kind: KindOf<R>;
  readonly stored: Stored<R[KindOf<R>]>;
  /**
   * `newer-edit`: the person changed the record again while this version was being stored; that
   * edit is queued on top of it, so the form keeps showing it rather than the stored version.
   */
  readonly after: 'nothing' | 'newer-edit';
};

/**
 * Stores a change set of the queue's records, or refuses it as a whole before sending anything
 * (e.g. the measurement was locked meanwhile): the drafts are then kept, with the reason.
 */
export type ChangeSaver<R extends RecordMap> = (
  entityId: string,
  changes: readonly RecordChange<R>[],
) => Promise<ChangeReport<R> | { readonly refused: DomainError }>;

export type SaveQueueOptions<R extends RecordMap = PlanRecords> = {
  readonly entityId: string;
  /** Called with each stored record and its new eTag. */
  readonly onSaved: (saved: SavedRecord<R>) => void;
  readonly drafts?: DraftStore;
  /**
   * Where the drafts are kept (the entity id by default). A screen whose records another queue
   * must not send (the plan's queue sends every draft of its scope) uses a scope of its own.
   */
  readonly draftScope?: string;
  /**
   * Refusals after which the draft is kept rather than dropped (e.g. FORBIDDEN on a measurement:
   * nothing typed is lost). Transient failures are always kept.
   */
  readonly keepRefused?: (error: StoreError) => boolean;
  /**
   * Drafts kept but not sent (e.g. edits of an archived plan, which would be refused every time):
   * they stay in `drafts` until the screen discards them. None by default.
   */
  readonly holdBack?: (draft: DraftRecord) => boolean;
} & (
  | { readonly store: PlanStore }
  /** Any other records: how their change sets are stored. */
  | { readonly saveChanges: ChangeSaver<R> }
);

export type SaveQueue<R extends RecordMap = PlanRecords> = {
  readonly state: SaveState;
  /** Edits kept on this device, not yet stored (e.g. from before a reload). */
  readonly drafts: readonly DraftRecord[];
  readonly conflict: RecordConflict<R> | null;
  /** Keeps the edit as a draft, then stores it (and every other draft) with If-Match `etag`. */
  readonly save: <K extends KindOf<R>>(kind: K, value: R[K], etag: string) => Promise<void>;
  /** Stores the drafts again (also on reconnect and when the screen opens). */
  readonly retry: () => Promise<void>;
  /** Saves mine merged into theirs, with their eTag. */
  readonly resolveConflict: (choices: Readonly<Record<string, FieldChoice>>) => Promise<void>;
  /** Keeps their version: the draft is dropped and theirs is reported as saved. */
  readonly discardConflict: () => void;
  /**
   * Creates or deletes records now, with If-Match on deletes. Not kept as drafts: a create has no
   * id to retry under without risking a duplicate, and a delete retried later could remove a
   * version someone saved in the meantime; the person sees the reason and can try again.
   */
  readonly apply: (changes: readonly RecordChange<R>[]) => Promise<AppliedChanges<R>>;
};

/** What became of `apply`'s changes, outcome by outcome. */
export type AppliedChanges<R extends RecordMap> = {
  readonly report: ChangeReport<R>;
  /** Set when the saver refused the whole set before sending it (then `report` is empty). */
  readonly refused: DomainError | null;
};

// Worth retrying as they are: the connection or the service was the problem, not the edit.
const TRANSIENT = new Set<StoreError['code']>([
  'STORE.NETWORK',
  'STORE.THROTTLED',
  'STORE.DEPENDENCY_FAILED',
]);

function validCurrent<T>(current: Read<unknown> | null): Stored<T> | null {
  if (current === null || isInvalidRecord(current)) return null;
  return current as Stored<T>;
}

/** The first failure of a report, a conflict before any other. */
function firstFailure<R extends RecordMap>(report: ChangeReport<R>): StoreError | undefined {
  const errors = report.outcomes.flatMap((o) => (o.result.ok ? [] : [o.result.error as StoreError]));
  return errors.find((e) => e.code === 'STORE.CONFLICT') ?? errors[0];
}

function draftKey(kind: string, id: string): string {
  return `${kind}:${id}`;
}

/**
 * Saves plan edits so that nothing is lost: every edit is first kept as a local draft, stored
 * through `savePlanChanges` with its eTag, and dropped only once stored. Offline or throttled
 * edits stay and are retried on reconnect, on the next save and when the screen opens; a 412
 * comes back as a conflict with both versions.
 */
export function useSaveQueue<R extends RecordMap = PlanRecords>(
  options: SaveQueueOptions<R>,
): SaveQueue<R> {
  const { entityId } = options;
  const scope = options.draftScope ?? entityId;
  const draftStore = useMemo(() => options.drafts ?? createDraftStore(), [options.drafts]);
  const [drafts, setDrafts] = useState<readonly DraftRecord[]>(() => draftStore.list(scope));
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const [conflict, setConflict] = useState<RecordConflict<R> | null>(null);
  const onSaved = useRef(options.onSaved);
  const keepRefused = useRef(options.keepRefused);
  const holdBack = useRef(options.holdBack);
  // The plan's records go through the plan use-case; other records through their own saver.
  const planStore = 'store' in options ? options.store : null;
  const saveChanges = 'saveChanges' in options ? options.saveChanges : null;
  const send = useCallback(
    async (
      changes: readonly RecordChange<R>[],
    ): Promise<ChangeReport<R> | { readonly refused: DomainError }> => {
      if (saveChanges !== null) return saveChanges(entityId, changes);
      if (planStore === null) throw new Error('useSaveQueue needs a store or saveChanges');
      const result = await savePlanChanges(planStore, entityId, changes as readonly PlanChange[]);
      return result.report as unknown as ChangeReport<R>;
    },
    [entityId, planStore, saveChanges],
  );
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const inConflict = useRef<string | null>(null);

  useEffect(() => {
    onSaved.current = options.onSaved;
    keepRefused.current = options.keepRefused;
    holdBack.current = options.holdBack;
  }, [options.onSaved, options.keepRefused, options.holdBack]);

  const flushOnce = useCallback(async (): Promise<void> => {
    const pending = draftStore
      .list(scope)
      .filter(
        (d) => draftKey(d.kind, d.id) !== inConflict.current && holdBack.current?.(d) !== true,
      );
    if (pending.length === 0) {
      setDrafts(draftStore.list(scope));
      return;
    }
    setState({ status: 'saving' });
    const changes = pending.map(
      (d) =>
        ({
          op: 'update',
          kind: d.kind,
          key: draftKey(d.kind, d.id),
          value: d.value,
          etag: d.etag,
        }) as RecordChange<R>,
    );
    const sent = await send(changes);
    if ('refused' in sent) {
      // Nothing was sent: every draft stays, with the reason.
      setDrafts(draftStore.list(scope));
      setState({ status: 'failed', error: sent.refused });
      return;
    }
    const failed: StoreError[] = [];
    sent.outcomes.forEach((outcome, index) => {
      const draft = pending[index];
      if (draft === undefined) return;
      if (outcome.result.ok) {
        // Only the version that was sent is done; a newer draft of the same record stays.
        const now = draftStore
          .list(scope)
          .find((d) => d.kind === draft.kind && d.id === draft.id);
        const stored = outcome.result.value;
        const newer = now !== undefined && now.keptAt !== draft.keptAt;
        if (!newer) draftStore.remove(scope, draft.kind, draft.id);
        else if (stored !== null && now.etag === draft.etag) {
          // The newer edit was made on the version just stored (our own): it goes on top of it,
          // with its eTag, instead of conflicting with ourselves. A draft of a record the saver
          // created moves to the new id, so it is not created twice.
          if (stored.id !== draft.id) draftStore.remove(scope, draft.kind, draft.id);
          draftStore.put(scope, {
            ...now,
            id: stored.id,
            value: stored.id === draft.id ? now.value : { ...(now.value as object), id: stored.id },
            etag: stored.etag,
          });
        }
        if (stored !== null) {
          onSaved.current({
            kind: draft.kind,
            stored: stored as Stored<R[KindOf<R>]>,
            after: newer ? 'newer-edit' : 'nothing',
          });
        }
        return;
      }
      const error = outcome.result.error;
      if (error.code === 'STORE.CONFLICT') {
        inConflict.current = draftKey(draft.kind, draft.id);
        // An edit made while this one was on its way is the person's latest: it is "mine".
        const latest =
          draftStore.list(scope).find((d) => d.kind === draft.kind && d.id === draft.id) ??
          draft;
        const found: RecordConflict<R> = {
          kind: draft.kind,
          mine: latest.value as RecordConflict<R>['mine'],
          theirs: validCurrent(error.current),
          error: error,
        };
        setConflict(found);
        return;
      }
      // Refused for good (forbidden, invalid, gone): the form still shows the edit and the reason.
      if (!TRANSIENT.has(error.code) && keepRefused.current?.(error) !== true) {
        draftStore.remove(scope, draft.kind, draft.id);
      }
      failed.push(error);
    });
    const left = draftStore.list(scope);
    setDrafts(left);
    const [first] = failed;
    if (first === undefined) setState({ status: 'saved' });
    else if (TRANSIENT.has(first.code)) setState({ status: 'draft', count: left.length, error: first });
    else setState({ status: 'failed', error: first });
  }, [draftStore, scope, send]);

  const flush = useCallback((): Promise<void> => {
    if (running.current !== null) {
      again.current = true;
      return running.current;
    }
    const run = async (): Promise<void> => {
      do {
        again.current = false;
        await flushOnce();
        // A save requested while this round ran sets `again` (a ref the linter cannot follow).
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      } while (again.current);
    };
    running.current = run().finally(() => {
      running.current = null;
    });
    return running.current;
  }, [flushOnce]);

  const save = useCallback(
    <K extends KindOf<R>>(kind: K, value: R[K], etag: string): Promise<void> => {
      const k = draftKey(kind, value.id);
      // While a record is in conflict, its newer edits join "mine" in the dialog, keeping the
      // eTag the conflict was found with; they are not sent until the person resolves it.
      const kept = inConflict.current === k ? draftStore.list(scope).find((d) => draftKey(d.kind, d.id) === k) : undefined;
      draftStore.put(scope, {
        kind,
        id: value.id,
        etag: kept?.etag ?? etag,
        value,
        keptAt: new Date().toISOString(),
      });
      setDrafts(draftStore.list(scope));
      if (kept !== undefined) setConflict((c) => (c === null ? c : { ...c, mine: value as RecordConflict<R>['mine'] }));
      return flush();
    },
    [draftStore, scope, flush],
  );

  const resolveConflict = useCallback(
    async (choices: Readonly<Record<string, FieldChoice>>): Promise<void> => {
      if (conflict === null || conflict.theirs === null) return;
      const merged = mergeRecords(conflict.mine, conflict.theirs.value, choices);
      // A record the saver found created meanwhile (by someone else) is kept under its real id.
      if (merged.id !== conflict.mine.id) draftStore.remove(scope, conflict.kind, conflict.mine.id);
      inConflict.current = null;
      setConflict(null);
      await save(conflict.kind, merged, conflict.theirs.etag);
    },
    [conflict, draftStore, save, scope],
  );

  const discardConflict = useCallback((): void => {
    if (conflict === null) return;
    draftStore.remove(scope, conflict.kind, conflict.mine.id);
    inConflict.current = null;
    setConflict(null);
    setDrafts(draftStore.list(scope));
    setState({ status: 'idle' });
    if (conflict.theirs !== null) {
      onSaved.current({ kind: conflict.kind, stored: conflict.theirs, after: 'nothing' });
    }
  }, [conflict, draftStore, scope]);

  const apply = useCallback(
    async (changes: readonly RecordChange<R>[]): Promise<AppliedChanges<R>> => {
      setState({ status: 'saving' });
      const sent = await send(changes);
      if ('refused' in sent) {
        setState({ status: 'failed', error: sent.refused });
        return { report: { outcomes: [], createdIds: {} }, refused: sent.refused };
      }
      sent.outcomes.forEach((outcome, index) => {
        const change = changes[index];
        // A deleted record's unsent edits have nothing left to be saved on.
        if (outcome.result.ok && change?.op === 'delete') {
          draftStore.remove(scope, change.kind as RecordKind, change.id);
        }
      });
      setDrafts(draftStore.list(scope));
      const first = firstFailure(sent);
      setState(first === undefined ? { status: 'saved' } : { status: 'failed', error: first });
      return { report: sent, refused: null };
    },
    [draftStore, scope, send],
  );

  // Edits kept before a reload, or while offline, are sent when the screen opens and on reconnect.
  useEffect(() => {
    if (draftStore.list(scope).length > 0) void flush();
    const online = (): void => {
      void flush();
    };
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
    };
  }, [draftStore, scope, flush]);

  return { state, drafts, conflict, save, retry: flush, resolveConflict, discardConflict, apply };
}
