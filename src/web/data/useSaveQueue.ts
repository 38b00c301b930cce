import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { savePlanChanges, type PlanSaveResult } from '../../app/save-plan-changes';
import type { DomainError } from '../../core/shared/result';
import type {
  PlanChange,
  PlanRecord,
  PlanRecordKind,
  PlanStore,
} from '../../ports/plan-store';
import type { ConflictError, Read, Stored, StoreError } from '../../ports/store.types';
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

/** Someone else saved the record since it was read: both versions, for the ConflictDialog. */
export type PlanConflict = {
  readonly kind: PlanRecordKind;
  readonly mine: PlanRecord;
  /** The server's version now; null when it was deleted or is not a valid record any more. */
  readonly theirs: Stored<PlanRecord> | null;
  readonly error: ConflictError;
};

export type SavedRecord = {
  readonly kind: PlanRecordKind;
  readonly stored: Stored<PlanRecord>;
  /**
   * `newer-edit`: the person changed the record again while this version was being stored; that
   * edit is queued on top of it, so the form keeps showing it rather than the stored version.
   */
  readonly after: 'nothing' | 'newer-edit';
};

export type SaveQueueOptions = {
  readonly entityId: string;
  readonly store: PlanStore;
  /** Called with each stored record and its new eTag. */
  readonly onSaved: (saved: SavedRecord) => void;
  readonly drafts?: DraftStore;
};

export type SaveQueue = {
  readonly state: SaveState;
  /** Edits kept on this device, not yet stored (e.g. from before a reload). */
  readonly drafts: readonly DraftRecord[];
  readonly conflict: PlanConflict | null;
  /** Keeps the edit as a draft, then stores it (and every other draft) with If-Match `etag`. */
  readonly save: (kind: PlanRecordKind, value: PlanRecord, etag: string) => Promise<void>;
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
  readonly apply: (changes: readonly PlanChange[]) => Promise<PlanSaveResult>;
};

// Worth retrying as they are: the connection or the service was the problem, not the edit.
const TRANSIENT = new Set<StoreError['code']>([
  'STORE.NETWORK',
  'STORE.THROTTLED',
  'STORE.DEPENDENCY_FAILED',
]);

function validCurrent(current: Read<unknown> | null): Stored<PlanRecord> | null {
  if (current === null || isInvalidRecord(current)) return null;
  return current as Stored<PlanRecord>;
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
export function useSaveQueue(options: SaveQueueOptions): SaveQueue {
  const { entityId, store } = options;
  const draftStore = useMemo(() => options.drafts ?? createDraftStore(), [options.drafts]);
  const [drafts, setDrafts] = useState<readonly DraftRecord[]>(() => draftStore.list(entityId));
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const [conflict, setConflict] = useState<PlanConflict | null>(null);
  const onSaved = useRef(options.onSaved);
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const inConflict = useRef<string | null>(null);

  useEffect(() => {
    onSaved.current = options.onSaved;
  }, [options.onSaved]);

  const flushOnce = useCallback(async (): Promise<void> => {
    const pending = draftStore
      .list(entityId)
      .filter((d) => draftKey(d.kind, d.id) !== inConflict.current);
    if (pending.length === 0) {
      setDrafts(draftStore.list(entityId));
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
        }) as PlanChange,
    );
    const result = await savePlanChanges(store, entityId, changes);
    const failed: StoreError[] = [];
    result.report.outcomes.forEach((outcome, index) => {
      const draft = pending[index];
      if (draft === undefined) return;
      if (outcome.result.ok) {
        // Only the version that was sent is done; a newer draft of the same record stays.
        const now = draftStore
          .list(entityId)
          .find((d) => d.kind === draft.kind && d.id === draft.id);
        const stored = outcome.result.value;
        const newer = now !== undefined && now.keptAt !== draft.keptAt;
        if (!newer) draftStore.remove(entityId, draft.kind, draft.id);
        else if (stored !== null && now.etag === draft.etag) {
          // The newer edit was made on the version just stored (our own): it goes on top of it,
          // with its eTag, instead of conflicting with ourselves.
          draftStore.put(entityId, { ...now, etag: stored.etag });
        }
        if (stored !== null) {
          onSaved.current({
            kind: draft.kind as PlanRecordKind,
            stored,
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
          draftStore.list(entityId).find((d) => d.kind === draft.kind && d.id === draft.id) ??
          draft;
        setConflict({
          kind: draft.kind as PlanRecordKind,
          mine: latest.value as PlanRecord,
          theirs: validCurrent(error.current),
          error,
        });
        return;
      }
      // Refused for good (forbidden, invalid, gone): the form still shows the edit and the reason.
      if (!TRANSIENT.has(error.code)) draftStore.remove(entityId, draft.kind, draft.id);
      failed.push(error);
    });
    const left = draftStore.list(entityId);
    setDrafts(left);
    const [first] = failed;
    if (first === undefined) setState({ status: 'saved' });
    else if (TRANSIENT.has(first.code)) setState({ status: 'draft', count: left.length, error: first });
    else setState({ status: 'failed', error: first });
  }, [draftStore, entityId, store]);

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
    (kind: PlanRecordKind, value: PlanRecord, etag: string): Promise<void> => {
      const k = draftKey(kind, value.id);
      // While a record is in conflict, its newer edits join "mine" in the dialog, keeping the
      // eTag the conflict was found with; they are not sent until the person resolves it.
      const kept = inConflict.current === k ? draftStore.list(entityId).find((d) => draftKey(d.kind, d.id) === k) : undefined;
      draftStore.put(entityId, {
        kind,
        id: value.id,
        etag: kept?.etag ?? etag,
        value,
        keptAt: new Date().toISOString(),
      });
      setDrafts(draftStore.list(entityId));
      if (kept !== undefined) setConflict((c) => (c === null ? c : { ...c, mine: value }));
      return flush();
    },
    [draftStore, entityId, flush],
  );

  const resolveConflict = useCallback(
    async (choices: Readonly<Record<string, FieldChoice>>): Promise<void> => {
      if (conflict === null || conflict.theirs === null) return;
      const merged = mergeRecords(conflict.mine, conflict.theirs.value, choices);
      inConflict.current = null;
      setConflict(null);
      await save(conflict.kind, merged, conflict.theirs.etag);
    },
    [conflict, save],
  );

  const discardConflict = useCallback((): void => {
    if (conflict === null) return;
    draftStore.remove(entityId, conflict.kind, conflict.mine.id);
    inConflict.current = null;
    setConflict(null);
    setDrafts(draftStore.list(entityId));
    setState({ status: 'idle' });
    if (conflict.theirs !== null) {
      onSaved.current({ kind: conflict.kind, stored: conflict.theirs, after: 'nothing' });
    }
  }, [conflict, draftStore, entityId]);

  const apply = useCallback(
    async (changes: readonly PlanChange[]): Promise<PlanSaveResult> => {
      setState({ status: 'saving' });
      const result = await savePlanChanges(store, entityId, changes);
      result.report.outcomes.forEach((outcome, index) => {
        const change = changes[index];
        // A deleted record's unsent edits have nothing left to be saved on.
        if (outcome.result.ok && change?.op === 'delete') {
          draftStore.remove(entityId, change.kind, change.id);
        }
      });
      setDrafts(draftStore.list(entityId));
      const first = [...result.conflicts, ...result.failed][0];
      setState(first === undefined ? { status: 'saved' } : { status: 'failed', error: first.error });
      return result;
    },
    [draftStore, entityId, store],
  );

  // Edits kept before a reload, or while offline, are sent when the screen opens and on reconnect.
  useEffect(() => {
    if (draftStore.list(entityId).length > 0) void flush();
    const online = (): void => {
      void flush();
    };
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
    };
  }, [draftStore, entityId, flush]);

  return { state, drafts, conflict, save, retry: flush, resolveConflict, discardConflict, apply };
}
