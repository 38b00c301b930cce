import { diffRecords, mergeRecords } from '../../data/conflict-fields';

/**
 * My version of a record in conflict as the dialog should offer it: the fields I changed since I
 * read the record (`base`) on top of their version. A field only they changed then shows no
 * difference, so keeping "mine" (the dialog's default) cannot quietly undo their edit; the fields
 * we both changed, and those only I changed, are the ones offered.
 */
export function rebaseMine<T>(base: T, mine: T, theirs: T): T {
  const changedByMe = Object.fromEntries(
    diffRecords(base, mine).map((diff) => [diff.path, 'mine'] as const),
  );
  return mergeRecords(mine, theirs, changedByMe);
}

/** True when keeping their version loses nothing of mine: every field I changed already matches. */
export function nothingToResolve<T>(base: T, mine: T, theirs: T): boolean {
  return diffRecords(rebaseMine(base, mine, theirs), theirs).length === 0;
}
