import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PlanFieldError, ValidationResult } from '../../../core/plan/plan.validate';
import {
  validateOperationalObjective,
  validatePlan,
  validatePlanAction,
  validatePlanArrangement,
  validateStrategicObjective,
} from '../../../core/plan/plan.validate';
import type { PlanBundle } from '../../../core/plan/plan.types';
import type {
  PlanChange,
  PlanRecordKind,
  PlanRecords,
  StoredPlanBundle,
} from '../../../ports/plan-store';
import type { Draft, Stored } from '../../../ports/store.types';
import type { DraftRecord } from '../../data/drafts';
import type { SavedRecord, SaveQueue } from '../../data/useSaveQueue';

/** One record as the form holds it: as stored (eTag), as edited, and what is wrong with it. */
export type EditorEntry<K extends PlanRecordKind = PlanRecordKind> = {
  readonly kind: K;
  readonly stored: Stored<PlanRecords[K]>;
  readonly value: PlanRecords[K];
  /** Field-limit errors of `value`; a record with errors is not saved. */
  readonly errors: readonly PlanFieldError[];
};

export type PlanEditor = {
  readonly entry: <K extends PlanRecordKind>(kind: K, id: string) => EditorEntry<K> | undefined;
  readonly entries: <K extends PlanRecordKind>(kind: K) => readonly EditorEntry<K>[];
  /** Changes a record; it is saved after a short pause if it fits the field limits. */
  readonly edit: <K extends PlanRecordKind>(kind: K, value: PlanRecords[K]) => void;
  /** Saves a record now (e.g. adoption), without waiting. */
  readonly saveNow: <K extends PlanRecordKind>(kind: K, value: PlanRecords[K]) => void;
  /** The whole plan as edited, for the SMART and adoption checks. */
  readonly bundle: PlanBundle;
  /** Reports stored records back (from the save queue). */
  readonly onSaved: (saved: SavedRecord) => void;
  /** Creates a record in the store; it joins the form once stored. Resolves with the outcome. */
  readonly add: <K extends PlanRecordKind>(
    kind: K,
    draft: Draft<PlanRecords[K]>,
  ) => Promise<AddOutcome>;
  /** Deletes a record and everything under it (objectives, actions, arrangements), If-Match. */
  readonly remove: (kind: PlanRecordKind, id: string) => Promise<void>;
  /** The records a delete of `kind`/`id` takes with it, children first. */
  readonly dependents: (kind: PlanRecordKind, id: string) => readonly RecordRef[];
};

export type RecordRef = { readonly kind: PlanRecordKind; readonly id: string };

/** What became of an add: the new record's id, or not stored (the save status says why). */
export type AddOutcome =
  | { readonly status: 'created'; readonly id: string }
  | { readonly status: 'refused' }
  | { readonly status: 'invalid'; readonly errors: readonly PlanFieldError[] };

/** Pause after the last keystroke before an edit is saved. */
export const SAVE_DELAY_MS = 500;

const VALIDATORS: { readonly [K in PlanRecordKind]: (v: unknown) => ValidationResult<unknown> } = {
  plan: validatePlan,
  strategicObjective: validateStrategicObjective,
  objective: validateOperationalObjective,
  action: validatePlanAction,
  arrangement: validatePlanArrangement,
};

function key(kind: string, id: string): string {
  return `${kind}:${id}`;
}

function errorsOf(kind: PlanRecordKind, value: unknown): readonly PlanFieldError[] {
  const result = VALIDATORS[kind](value);
  return result.ok ? [] : result.error;
}

function initialEntries(
  bundle: StoredPlanBundle,
  drafts: readonly DraftRecord[],
): Map<string, EditorEntry> {
  const entries = new Map<string, EditorEntry>();
  const add = <K extends PlanRecordKind>(kind: K, stored: Stored<PlanRecords[K]>): void => {
    // An edit kept on this device (offline, before a reload) is what the person last saw.
    const draft = drafts.find((d) => d.kind === kind && d.id === stored.id);
    const value = (draft?.value ?? stored.value) as PlanRecords[K];
    entries.set(key(kind, stored.id), { kind, stored, value, errors: errorsOf(kind, value) });
  };
  add('plan', bundle.plan);
  bundle.strategicObjectives.forEach((s) => {
    add('strategicObjective', s);
  });
  bundle.objectives.forEach((o) => {
    add('objective', o);
  });
  bundle.actions.forEach((a) => {
    add('action', a);
  });
  bundle.arrangements.forEach((a) => {
    add('arrangement', a);
  });
  return entries;
}

/**
 * The plan form's state over one stored plan bundle: edits are validated against the core's
 * field limits at once, and saved through the queue after a pause (with the record's eTag at
 * that moment, so consecutive saves chain).
 */
export function usePlanEditor(
  bundle: StoredPlanBundle,
  queue: Pick<SaveQueue, 'save' | 'drafts' | 'apply'>,
): PlanEditor {
  const [entries, setEntries] = useState(() => initialEntries(bundle, queue.drafts));
  const latest = useRef(entries);
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  // What each waiting timer will save, so leaving the screen can save it at once.
  const waiting = useRef(new Map<string, RecordRef>());
  const save = queue.save;
  const apply = queue.apply;

  useEffect(() => {
    latest.current = entries;
  }, [entries]);

  const update = useCallback(
    <K extends PlanRecordKind>(kind: K, value: PlanRecords[K]): EditorEntry | null => {
      const current = latest.current.get(key(kind, value.id));
      if (current === undefined) return null;
      const next: EditorEntry = { ...current, value, errors: errorsOf(kind, value) };
      const map = new Map(latest.current);
      map.set(key(kind, value.id), next);
      latest.current = map;
      setEntries(map);
      return next;
    },
    [],
  );

  const send = useCallback(
    (id: string, kind: PlanRecordKind): void => {
      const entry = latest.current.get(key(kind, id));
      if (entry === undefined || entry.errors.length > 0) return;
      void save(kind, entry.value, entry.stored.etag);
    },
    [save],
  );

  const sendRef = useRef(send);
  useEffect(() => {
    sendRef.current = send;
  }, [send]);

  useEffect(() => {
    const pending = timers.current;
    const records = waiting.current;
    return () => {
      // Leaving the screen (a link, the navigation) within the pause after an edit must not drop
      // it: it is saved now. The save keeps a draft first, so even a request cut short by the
      // next screen is stored when a plan screen opens again.
      for (const [k, timer] of pending) {
        clearTimeout(timer);
        const record = records.get(k);
        if (record !== undefined) sendRef.current(record.id, record.kind);
      }
      pending.clear();
      records.clear();
    };
  }, []);

  const edit = useCallback(
    <K extends PlanRecordKind>(kind: K, value: PlanRecords[K]): void => {
      const next = update(kind, value);
      const k = key(kind, value.id);
      const timer = timers.current.get(k);
      if (timer !== undefined) clearTimeout(timer);
      timers.current.delete(k);
      waiting.current.delete(k);
      if (next === null || next.errors.length > 0) return;
      waiting.current.set(k, { kind, id: value.id });
      timers.current.set(
        k,
        setTimeout(() => {
          timers.current.delete(k);
          waiting.current.delete(k);
          send(value.id, kind);
        }, SAVE_DELAY_MS),
      );
    },
    [send, update],
  );

  const saveNow = useCallback(
    <K extends PlanRecordKind>(kind: K, value: PlanRecords[K]): void => {
      update(kind, value);
      send(value.id, kind);
    },
    [send, update],
  );

  const onSaved = useCallback((saved: SavedRecord): void => {
    const k = key(saved.kind, saved.stored.id);
    const current = latest.current.get(k);
    if (current === undefined) return;
    // Typing that went on while the save was under way stays; only the eTag moves on.
    const typing = timers.current.has(k) || saved.after === 'newer-edit';
    const value = typing ? current.value : saved.stored.value;
    const map = new Map(latest.current);
    map.set(k, { ...current, stored: saved.stored, value, errors: errorsOf(saved.kind, value) });
    latest.current = map;
    setEntries(map);
  }, []);

  const entry = useCallback(
    <K extends PlanRecordKind>(kind: K, id: string): EditorEntry<K> | undefined =>
      entries.get(key(kind, id)) as EditorEntry<K> | undefined,
    [entries],
  );

  const entriesOf = useCallback(
    <K extends PlanRecordKind>(kind: K): readonly EditorEntry<K>[] =>
      [...entries.values()].filter((e): e is EditorEntry<K> => e.kind === kind),
    [entries],
  );

  const planBundle = useMemo((): PlanBundle => {
    const values = <K extends PlanRecordKind>(kind: K): PlanRecords[K][] =>
      [...entries.values()].filter((e) => e.kind === kind).map((e) => e.value as PlanRecords[K]);
    const [plan] = values('plan');
    return {
      plan: plan ?? bundle.plan.value,
      strategicObjectives: values('strategicObjective'),
      objectives: values('objective'),
      actions: values('action'),
      arrangements: values('arrangement'),
    };
  }, [entries, bundle.plan.value]);

  const add = useCallback(
    async <K extends PlanRecordKind>(
      kind: K,
      draft: Draft<PlanRecords[K]>,
    ): Promise<AddOutcome> => {
      // The core's field limits first: the store would refuse the same values with less detail.
      const errors = errorsOf(kind, { ...draft, id: 'new' });
      if (errors.length > 0) return { status: 'invalid', errors };
      const change = { op: 'create', kind, key: `new:${kind}`, draft } as PlanChange;
      const result = await apply([change]);
      const outcome = result.report.outcomes[0];
      if (outcome === undefined || !outcome.result.ok || outcome.result.value === null) {
        return { status: 'refused' };
      }
      const stored = outcome.result.value as Stored<PlanRecords[K]>;
      const map = new Map(latest.current);
      map.set(key(kind, stored.id), {
        kind,
        stored,
        value: stored.value,
        errors: errorsOf(kind, stored.value),
      });
      latest.current = map;
      setEntries(map);
      return { status: 'created', id: stored.id };
    },
    [apply],
  );

  const dependents = useCallback((kind: PlanRecordKind, id: string): readonly RecordRef[] => {
    const all = [...latest.current.values()];
    const under = (objectiveId: string): RecordRef[] =>
      all
        .filter(
          (e) =>
            (e.kind === 'action' || e.kind === 'arrangement') &&
            (e.value as PlanRecords['action' | 'arrangement']).objectiveId === objectiveId,
        )
        .map((e) => ({ kind: e.kind, id: e.stored.id }));
    if (kind === 'objective') return under(id);
    if (kind !== 'strategicObjective') return [];
    return all
      .filter(
        (e): e is EditorEntry<'objective'> =>
          e.kind === 'objective' &&
          (e.value as PlanRecords['objective']).strategicObjectiveId === id,
      )
      .flatMap((o) => [...under(o.stored.id), { kind: 'objective' as const, id: o.stored.id }]);
  }, []);

  const remove = useCallback(
    async (kind: PlanRecordKind, id: string): Promise<void> => {
      const targets = [...dependents(kind, id), { kind, id }];
      const changes = targets.flatMap((t): PlanChange[] => {
        const entry = latest.current.get(key(t.kind, t.id));
        if (entry === undefined) return [];
        // An edit waiting to be saved would otherwise recreate a version after the delete.
        const timer = timers.current.get(key(t.kind, t.id));
        if (timer !== undefined) clearTimeout(timer);
        timers.current.delete(key(t.kind, t.id));
        waiting.current.delete(key(t.kind, t.id));
        return [
          {
            op: 'delete',
            kind: t.kind,
            key: key(t.kind, t.id),
            id: t.id,
            etag: entry.stored.etag,
          },
        ];
      });
      const result = await apply(changes);
      const map = new Map(latest.current);
      result.report.outcomes.forEach((outcome) => {
        if (outcome.result.ok) map.delete(outcome.key);
      });
      latest.current = map;
      setEntries(map);
    },
    [apply, dependents],
  );

  return {
    entry,
    entries: entriesOf,
    edit,
    saveNow,
    bundle: planBundle,
    onSaved,
    add,
    remove,
    dependents,
  };
}
