import { describe, expect, it } from 'vitest';
import { diffRecords, mergeRecords } from '../../data/conflict-fields';
import { nothingToResolve, rebaseMine } from './conflict-rebase';

type Objective = {
  readonly id: string;
  readonly title: string;
  readonly specific: string;
  readonly indicator: string;
  readonly unit: string;
  readonly owner: { readonly displayName: string } | null;
  readonly elementIds: readonly string[];
};

const base: Objective = {
  id: '7',
  title: 'Minder klachten',
  specific: 'Oud',
  indicator: 'Klachten',
  unit: 'aantal',
  owner: { displayName: 'Sofie Claes' },
  elementIds: ['a'],
};

describe('rebaseMine', () => {
  // They changed specific and unit; I changed specific and indicator.
  const theirs: Objective = { ...base, specific: 'Van hen', unit: 'procent' };
  const mine: Objective = { ...base, specific: 'Van mij', indicator: 'Meldingen' };

  it('offers only the fields I changed, with their edits in place elsewhere', () => {
    const rebased = rebaseMine(base, mine, theirs);
    expect(rebased).toEqual({
      ...base,
      specific: 'Van mij',
      indicator: 'Meldingen',
      unit: 'procent',
    });
    expect(diffRecords(rebased, theirs).map((d) => d.path)).toEqual(['specific', 'indicator']);
  });

  it('keeps their edit of a field I did not touch when the dialog keeps "mine" everywhere', () => {
    const shown = diffRecords(rebaseMine(base, mine, theirs), theirs);
    const allMine = Object.fromEntries(shown.map((d) => [d.path, 'mine'] as const));
    // What the save queue stores: my record merged into theirs with the dialog's choices.
    expect(mergeRecords(mine, theirs, allMine)).toEqual({
      ...base,
      specific: 'Van mij',
      indicator: 'Meldingen',
      unit: 'procent',
    });
  });

  it('treats nested values and lists as fields of their own', () => {
    const theirsNested: Objective = { ...base, owner: { displayName: 'Marc Janssens' } };
    const mineList: Objective = { ...base, elementIds: ['a', 'b'] };
    expect(rebaseMine(base, mineList, theirsNested)).toEqual({
      ...base,
      owner: { displayName: 'Marc Janssens' },
      elementIds: ['a', 'b'],
    });
  });

  it('offers everything that differs when the base is already their version (a draft kept over a reload)', () => {
    expect(diffRecords(rebaseMine(theirs, mine, theirs), theirs).map((d) => d.path)).toEqual([
      'specific',
      'indicator',
      'unit',
    ]);
  });
});

describe('nothingToResolve', () => {
  it('is true when my only change is one they made too, or I changed nothing', () => {
    const both: Objective = { ...base, unit: 'procent' };
    expect(nothingToResolve(base, both, { ...both, indicator: 'Meldingen' })).toBe(true);
    expect(nothingToResolve(base, base, { ...base, title: 'Nieuw' })).toBe(true);
  });

  it('is false when a field I changed differs from theirs', () => {
    expect(nothingToResolve(base, { ...base, unit: 'procent' }, { ...base, title: 'Nieuw' })).toBe(
      false,
    );
  });
});
