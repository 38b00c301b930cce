import { describe, expect, it } from 'vitest';
import {
  aBundle,
  anAction,
  anActorArrangement,
  anObjective,
  aPlan,
  aStrategicObjective,
} from '../../../../core/plan/test-support/plan.fixtures';
import type { RecordKind } from '../../../../ports/store.types';
import type { DraftRecord } from '../../../data/drafts';
import { archivedDraftTest, unsavedPlanEdits } from './archived-drafts';

function draft(kind: RecordKind, id: string, value: unknown): DraftRecord {
  return { kind, id, etag: '"1"', value, keptAt: '2026-03-01T09:00:00.000Z' };
}

const archived = aBundle({ plan: aPlan({ status: 'archived', adoptedOn: '2025-02-01' }) });
const current = aBundle({
  plan: aPlan({ id: 'plan-2' }),
  strategicObjectives: [aStrategicObjective({ id: 'so-2', planId: 'plan-2' })],
  objectives: [anObjective({ id: 'oo-2', planId: 'plan-2', strategicObjectiveId: 'so-2' })],
  actions: [],
  arrangements: [],
});

describe('archivedDraftTest', () => {
  const isArchived = archivedDraftTest([archived, current]);

  it('finds the drafts of an archived plan: the plan, its records, new records naming it', () => {
    expect(isArchived(draft('plan', archived.plan.id, archived.plan))).toBe(true);
    expect(isArchived(draft('action', 'act-1', anAction()))).toBe(true);
    // Read as stored: a draft moving the record into the current plan is still the archived one's.
    expect(isArchived(draft('arrangement', 'arr-actor-1', { planId: 'plan-2' }))).toBe(true);
    expect(isArchived(draft('objective', 'new:objective', { planId: archived.plan.id }))).toBe(
      true,
    );
    // Moved into the archived plan: it would be written there.
    expect(isArchived(draft('objective', 'oo-2', { planId: archived.plan.id }))).toBe(true);
  });

  it('leaves the current plan’s drafts, unknown ones and other records alone', () => {
    expect(isArchived(draft('plan', 'plan-2', current.plan))).toBe(false);
    expect(isArchived(draft('objective', 'oo-2', current.objectives[0]))).toBe(false);
    expect(isArchived(draft('action', 'gone', { planId: 'plan-9' }))).toBe(false);
    expect(isArchived(draft('action', 'unreadable', 'not a record'))).toBe(false);
    expect(isArchived(draft('rating', 'r1', { planId: archived.plan.id }))).toBe(false);
  });
});

describe('unsavedPlanEdits', () => {
  it('lists the plan first, then objectives, actions and arrangements, each by its name', () => {
    const edits = unsavedPlanEdits([
      draft('arrangement', 'arr-actor-1', anActorArrangement({ actor: 'HRM' })),
      draft('action', 'act-1', anAction({ title: 'Training' })),
      draft('plan', 'plan-1', aPlan({ title: 'Plan 2025' })),
      draft('objective', 'oo-1', { title: '   ' }),
      draft('strategicObjective', 'so-1', null),
    ]);
    expect(edits.map((e) => [e.draft.kind, e.title])).toEqual([
      ['plan', 'Plan 2025'],
      ['strategicObjective', null],
      ['objective', null],
      ['action', 'Training'],
      ['arrangement', 'HRM'],
    ]);
  });
});
