import type { RecordKind } from '../../ports/store.types';

/**
 * An edit not yet stored: the whole record as the person left it, with the eTag it was based on
 * (so a later save still detects someone else's change). Records only: never tokens.
 */
export type DraftRecord<T = unknown> = {
  readonly kind: RecordKind;
  readonly id: string;
  readonly etag: string;
  readonly value: T;
  /** When the edit was kept, ISO 8601. */
  readonly keptAt: string;
};

/** Edits kept on this device per entity until they are saved; survives a reload. */
export type DraftStore = {
  list(entityId: string): readonly DraftRecord[];
  put(entityId: string, draft: DraftRecord): void;
  remove(entityId: string, kind: RecordKind, id: string): void;
};

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const PREFIX = 'integrity-dashboard.drafts.';

function isDraft(value: unknown): value is DraftRecord {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    typeof draft['kind'] === 'string' &&
    typeof draft['id'] === 'string' &&
    typeof draft['etag'] === 'string' &&
    typeof draft['keptAt'] === 'string' &&
    'value' in draft
  );
}

function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Storage can be blocked (privacy settings, some embedded frames): drafts then live in memory.
    return null;
  }
}

/** Drafts in `storage` (localStorage by default, memory when storage is unavailable). */
export function createDraftStore(storage: KeyValueStorage | null = browserStorage()): DraftStore {
  const memory = new Map<string, string>();
  const read = (key: string): string | null => storage?.getItem(key) ?? memory.get(key) ?? null;
  const write = (key: string, text: string | null): void => {
    try {
      if (storage !== null) {
        if (text === null) storage.removeItem(key);
        else storage.setItem(key, text);
        return;
      }
    } catch {
      // Quota exceeded: keep the draft in memory for this session rather than lose it.
    }
    if (text === null) memory.delete(key);
    else memory.set(key, text);
  };
  const list = (entityId: string): DraftRecord[] => {
    const text = read(PREFIX + entityId);
    if (text === null) return [];
    try {
      const parsed: unknown = JSON.parse(text);
      return Array.isArray(parsed) ? parsed.filter(isDraft) : [];
    } catch {
      return [];
    }
  };
  const save = (entityId: string, drafts: readonly DraftRecord[]): void => {
    write(PREFIX + entityId, drafts.length === 0 ? null : JSON.stringify(drafts));
  };
  return {
    list,
    put(entityId, draft) {
      const others = list(entityId).filter((d) => !(d.kind === draft.kind && d.id === draft.id));
      save(entityId, [...others, draft]);
    },
    remove(entityId, kind, id) {
      save(
        entityId,
        list(entityId).filter((d) => !(d.kind === kind && d.id === id)),
      );
    },
  };
}

/**
 * Removes these drafts of `entityId`, each only while it is still the version given (same record,
 * same `keptAt`): a newer edit kept meanwhile (e.g. in another window) was not shown to the person
 * discarding, so it stays. Returns the drafts that were removed.
 */
export function discardDrafts(
  store: DraftStore,
  entityId: string,
  drafts: readonly DraftRecord[],
): readonly DraftRecord[] {
  const kept = store.list(entityId);
  const removed = drafts.filter((draft) =>
    kept.some((d) => d.kind === draft.kind && d.id === draft.id && d.keptAt === draft.keptAt),
  );
  for (const draft of removed) store.remove(entityId, draft.kind, draft.id);
  return removed;
}
