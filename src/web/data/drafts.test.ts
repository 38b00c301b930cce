import { describe, expect, it } from 'vitest';
import { createDraftStore, discardDrafts, type DraftRecord } from './drafts';

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & {
  readonly items: Map<string, string>;
} {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

function draft(overrides: Partial<DraftRecord> = {}): DraftRecord {
  return {
    kind: 'objective',
    id: '7',
    etag: '"etag-1"',
    value: { unit: '%' },
    keptAt: '2026-04-15T08:00:00.000Z',
    ...overrides,
  };
}

describe('createDraftStore', () => {
  it('keeps one draft per record and entity, the latest one', () => {
    const storage = memoryStorage();
    const drafts = createDraftStore(storage);
    drafts.put('pz-demo', draft());
    drafts.put('pz-demo', draft({ value: { unit: 'teams' }, keptAt: '2026-04-15T08:01:00.000Z' }));
    drafts.put('pz-demo', draft({ kind: 'action', id: '7' }));
    drafts.put('pz-other', draft({ id: '9' }));

    expect(drafts.list('pz-demo')).toEqual([
      draft({ value: { unit: 'teams' }, keptAt: '2026-04-15T08:01:00.000Z' }),
      draft({ kind: 'action', id: '7' }),
    ]);
    expect(drafts.list('pz-other').map((d) => d.id)).toEqual(['9']);
  });

  it('survives a new store over the same storage (a reload), and forgets removed drafts', () => {
    const storage = memoryStorage();
    createDraftStore(storage).put('pz-demo', draft());
    const reloaded = createDraftStore(storage);
    expect(reloaded.list('pz-demo')).toEqual([draft()]);

    reloaded.remove('pz-demo', 'objective', '7');
    expect(reloaded.list('pz-demo')).toEqual([]);
    // No empty list is left behind in storage.
    expect(storage.items.size).toBe(0);
  });

  it('ignores what it cannot read instead of failing', () => {
    const storage = memoryStorage();
    storage.setItem('integrity-dashboard.drafts.pz-demo', '{not json');
    expect(createDraftStore(storage).list('pz-demo')).toEqual([]);
    storage.setItem(
      'integrity-dashboard.drafts.pz-demo',
      JSON.stringify([draft(), { kind: 'objective', id: 3 }, 'junk']),
    );
    expect(createDraftStore(storage).list('pz-demo')).toEqual([draft()]);
  });

  it('keeps drafts in memory when storage refuses them (quota) or is unavailable', () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const drafts = createDraftStore(full);
    drafts.put('pz-demo', draft());
    expect(drafts.list('pz-demo')).toEqual([draft()]);

    const none = createDraftStore(null);
    none.put('pz-demo', draft());
    expect(none.list('pz-demo')).toEqual([draft()]);
  });
});

describe('discardDrafts', () => {
  it('removes exactly the drafts given, of that entity only', () => {
    const drafts = createDraftStore(memoryStorage());
    drafts.put('pz-demo', draft());
    drafts.put('pz-demo', draft({ kind: 'action', id: '8' }));
    drafts.put('pz-other', draft());

    const removed = discardDrafts(drafts, 'pz-demo', [draft()]);

    expect(removed).toEqual([draft()]);
    expect(drafts.list('pz-demo')).toEqual([draft({ kind: 'action', id: '8' })]);
    expect(drafts.list('pz-other')).toEqual([draft()]);
  });

  it('keeps a newer edit of the same record kept meanwhile: it was not the one shown', () => {
    const drafts = createDraftStore(memoryStorage());
    const newer = draft({ value: { unit: 'teams' }, keptAt: '2026-04-15T08:05:00.000Z' });
    drafts.put('pz-demo', newer);

    expect(discardDrafts(drafts, 'pz-demo', [draft()])).toEqual([]);
    expect(drafts.list('pz-demo')).toEqual([newer]);
  });
});
