import type { RecordKind, Stored, StoreError, StoreResult } from '../../ports/store.types';
import type { GraphStoreContext } from './graph-context';
import type { RecordCodec } from './mappers/mapper.types';
import { itemsPath } from './odata';

/** One write as the engine takes it. `value` is a draft (create) or a full record (update). */
export type WriteSpec = {
  readonly key: string;
  readonly op: 'create' | 'update' | 'delete';
  readonly codec: RecordCodec<unknown>;
  readonly id: string | null;
  readonly etag: string | null;
  readonly value: Readonly<Record<string, unknown>> | null;
  /** Keys of writes that must succeed first. */
  readonly after: readonly string[];
};

export type WriteResult = StoreResult<Stored<unknown> | null>;

/** Deleting children before parents: a parent delete waits for deletes of lower kinds. */
const DELETE_RANK: Readonly<Partial<Record<RecordKind, number>>> = {
  rating: 0,
  individualRating: 0,
  action: 0,
  arrangement: 0,
  objective: 1,
  strategicObjective: 2,
  measurement: 3,
  plan: 4,
};

export type WriteState = {
  readonly spec: WriteSpec;
  readonly index: number;
  readonly deps: Set<number>;
  /** Dependencies whose new id goes into this write: they must finish in an earlier batch. */
  readonly feeds: Set<number>;
  readonly token: string | null;
  status: 'pending' | 'done' | 'failed';
  result: WriteResult | null;
  createdId: string | null;
  throttled: number;
  dropped: number;
  /** The last attempt went unanswered: re-read before sending again. */
  uncertain: boolean;
  sent: Record<string, unknown> | null;
};

export function planWrites(ctx: GraphStoreContext, specs: readonly WriteSpec[]): WriteState[] {
  const byKey = new Map<string, number>();
  specs.forEach((spec, index) => {
    if (byKey.has(spec.key)) throw new Error(`Duplicate change key ${spec.key}`);
    if (spec.op === 'create' && /^\d+$/.test(spec.key)) {
      throw new Error(`Create key ${spec.key} looks like an item id: use a non-numeric key`);
    }
    byKey.set(spec.key, index);
  });
  const states = specs.map((spec, index): WriteState => {
    const deps = new Set<number>();
    const feeds = new Set<number>();
    for (const key of spec.after) {
      const dep = byKey.get(key);
      if (dep === undefined) throw new Error(`Change ${spec.key} waits for unknown ${key}`);
      deps.add(dep);
    }
    for (const ref of spec.codec.refs) {
      const value = spec.value?.[ref];
      const dep = typeof value === 'string' ? byKey.get(value) : undefined;
      if (dep !== undefined && dep !== index && specs[dep]?.op === 'create') {
        deps.add(dep);
        feeds.add(dep);
      }
    }
    const rank = DELETE_RANK[spec.codec.kind];
    if (spec.op === 'delete' && rank !== undefined) {
      specs.forEach((other, i) => {
        const otherRank = DELETE_RANK[other.codec.kind];
        if (other.op === 'delete' && otherRank !== undefined && otherRank < rank) deps.add(i);
      });
    }
    const usesToken = spec.op === 'create' && spec.codec.landingColumn === 'ClientToken';
    return {
      spec,
      index,
      deps,
      feeds,
      token: usesToken ? ctx.newToken() : null,
      status: 'pending',
      result: null,
      createdId: null,
      throttled: 0,
      dropped: 0,
      uncertain: false,
      sent: null,
    };
  });
  return topologicalOrder(states);
}

function topologicalOrder(states: WriteState[]): WriteState[] {
  const ordered: WriteState[] = [];
  const mark = new Map<number, 'visiting' | 'done'>();
  const visit = (state: WriteState): void => {
    if (mark.get(state.index) === 'done') return;
    if (mark.get(state.index) === 'visiting') {
      throw new Error(`Changes depend on each other in a cycle (at ${state.spec.key})`);
    }
    mark.set(state.index, 'visiting');
    for (const dep of state.deps) {
      const depWriteState = states[dep];
      if (depWriteState !== undefined) visit(depWriteState);
    }
    mark.set(state.index, 'done');
    ordered.push(state);
  };
  states.forEach(visit);
  return ordered;
}

export function fail(state: WriteState, error: StoreError): void {
  state.status = 'failed';
  state.result = { ok: false, error };
}

export function succeed(state: WriteState, stored: Stored<unknown> | null): void {
  state.status = 'done';
  state.result = { ok: true, value: stored };
  if (state.spec.op === 'create' && stored !== null) state.createdId = stored.id;
}

/** The fields to send, with keys of creates replaced by the ids they were given. */
export function fieldsFor(
  state: WriteState,
  states: readonly WriteState[],
  entityId: string | null,
): Record<string, unknown> | null {
  const { spec } = state;
  if (spec.value === null) return null;
  const value: Record<string, unknown> = { ...spec.value };
  for (const ref of spec.codec.refs) {
    const ref_ = value[ref];
    const dep = states.find((s) => s.spec.key === ref_ && s.spec.op === 'create');
    if (dep !== undefined && dep !== state) value[ref] = dep.createdId;
  }
  const fields = spec.codec.encode(value, { entityId: spec.op === 'create' ? entityId : null });
  if (state.token !== null) fields.ClientToken = state.token;
  return fields;
}

export function location(state: WriteState): { kind: RecordKind; id: string | null } {
  return { kind: state.spec.codec.kind, id: state.spec.id ?? state.createdId };
}

export function request(ctx: GraphStoreContext, state: WriteState): Record<string, unknown> {
  const { spec } = state;
  const base = itemsPath(ctx.siteId, ctx.listSegment(spec.codec.listName));
  const id = String(state.index);
  const json = { 'Content-Type': 'application/json' };
  // Every update and delete carries the eTag read: a 412 then reports a change made since, and
  // nothing is overwritten blindly (learn.microsoft.com, listitem-update, If-Match).
  const ifMatch = { 'If-Match': spec.etag ?? '' };
  switch (spec.op) {
    case 'create':
      return { id, method: 'POST', url: base, headers: json, body: { fields: state.sent } };
    case 'update':
      return {
        id,
        method: 'PATCH',
        url: `${base}/${encodeURIComponent(spec.id ?? '')}/fields`,
        headers: { ...json, ...ifMatch },
        body: state.sent,
      };
    case 'delete':
      return {
        id,
        method: 'DELETE',
        url: `${base}/${encodeURIComponent(spec.id ?? '')}`,
        headers: ifMatch,
      };
  }
}
