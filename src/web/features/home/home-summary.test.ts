import { describe, expect, it } from 'vitest';
import { measurement } from '../../../core/maturity/test-support/fixtures';
import { anAction, anObjective, aPlan } from '../../../core/plan/test-support/plan.fixtures';
import { homeSummary, type HomeSummaryInput } from './home-summary';

// 10:00 in Brussels on Monday 1 June 2026; the plan runs 2025–2030.
const NOW = new Date('2026-06-01T08:00:00Z');

function input(overrides: Partial<HomeSummaryInput> = {}): HomeSummaryInput {
  return {
    plan: aPlan(),
    objectives: [anObjective({ currentValue: 19, indicatorUpdatedOn: '2026-05-01' })],
    actions: [],
    measurements: [],
    settings: { indicatorStaleAfterDays: 90 },
    ...overrides,
  };
}

function planSummary(overrides: Partial<HomeSummaryInput> = {}) {
  const summary = homeSummary(input(overrides), NOW);
  if (summary.kind !== 'plan') throw new Error('expected a plan summary');
  return summary;
}

describe('homeSummary', () => {
  it('says there is no plan, with the day in Brussels', () => {
    expect(homeSummary(input({ plan: null }), new Date('2026-05-31T22:30:00Z'))).toEqual({
      kind: 'no-plan',
      today: '2026-06-01',
    });
  });

  it('gives the phase from the period and the measurements, and the measurement due', () => {
    const base = measurement({
      id: 'm-1',
      planId: 'plan-1',
      kind: 'baseline',
      date: '2025-02-01',
      status: 'locked',
      lockedOn: '2025-02-10T10:00:00Z',
    });
    const annual = measurement({
      id: 'm-2',
      planId: 'plan-1',
      kind: 'annual',
      date: '2026-01-05',
      status: 'locked',
      lockedOn: '2026-01-10T10:00:00Z',
    });
    const summary = planSummary({ measurements: [base, annual] });
    expect(summary.phase).toBe('do');
    // The second anniversary (1 January 2027) is next; its window opens on 1 December 2026.
    expect(summary.nextMeasurement).toMatchObject({
      kind: 'annual',
      dueOn: '2027-01-01',
      state: 'upcoming',
    });
  });

  it('names the current measurement while it is not locked, overdue after its due date', () => {
    const summary = planSummary();
    // No measurement at all: the annual one of 1 January 2026 is the current slot.
    expect(summary.phase).toBe('check');
    expect(summary.nextMeasurement).toMatchObject({ kind: 'annual', state: 'overdue' });
  });

  it('lists overdue actions with owners, oldest first, leaving finished ones out', () => {
    const summary = planSummary({
      actions: [
        anAction({ id: 'a1', title: 'B late', dueDate: '2026-05-01', status: 'in-progress' }),
        anAction({ id: 'a2', title: 'A later', dueDate: '2026-05-20', owner: null }),
        anAction({ id: 'a3', title: 'Done', dueDate: '2026-01-01', status: 'done' }),
        anAction({ id: 'a4', title: 'Cancelled', dueDate: '2026-01-01', status: 'cancelled' }),
        anAction({ id: 'a5', title: 'Today', dueDate: '2026-06-01' }),
        anAction({ id: 'a6', title: 'No date', dueDate: null }),
        anAction({ id: 'a7', title: 'Postponed', dueDate: '2026-04-01', status: 'postponed' }),
      ],
    });
    expect(summary.overdueActions.map((a) => [a.title, a.owner?.displayName ?? null])).toEqual([
      ['Postponed', 'Opleidingsverantwoordelijke'],
      ['B late', 'Opleidingsverantwoordelijke'],
      ['A later', null],
    ]);
  });

  it('flags objectives that are not SMART, stale, never measured or moving away from target', () => {
    const summary = planSummary({
      objectives: [
        anObjective({
          id: 'ok',
          title: 'Fine',
          currentValue: 19,
          indicatorUpdatedOn: '2026-05-01',
        }),
        anObjective({ id: 'u', title: 'Unit', unit: '', indicatorUpdatedOn: '2026-05-01' }),
        anObjective({ id: 's', title: 'Stale', indicatorUpdatedOn: '2026-03-01' }),
        anObjective({ id: 'n', title: 'Never', indicatorUpdatedOn: null }),
        anObjective({
          id: 'w',
          title: 'Wrong',
          currentValue: 22,
          indicatorUpdatedOn: '2026-05-20',
        }),
      ],
    });
    expect(summary.objectivesAtRisk).toEqual([
      { id: 'n', title: 'Never', reasons: [{ kind: 'never-measured' }] },
      { id: 's', title: 'Stale', reasons: [{ kind: 'stale', since: '2026-03-01' }] },
      { id: 'u', title: 'Unit', reasons: [{ kind: 'not-smart', missing: ['unit'] }] },
      {
        id: 'w',
        title: 'Wrong',
        reasons: [{ kind: 'behind', current: 22, target: 18, unit: 'klachten per jaar' }],
      },
    ]);
  });

  it('uses 90 days as the stale threshold without settings, and the settings otherwise', () => {
    const objectives = [anObjective({ indicatorUpdatedOn: '2026-04-01' })];
    expect(planSummary({ objectives, settings: null }).objectivesAtRisk).toEqual([]);
    expect(
      planSummary({ objectives, settings: { indicatorStaleAfterDays: 30 } }).objectivesAtRisk,
    ).toHaveLength(1);
  });

  it('still summarises actions when the period cannot be scheduled', () => {
    const plan = aPlan();
    const summary = planSummary({
      plan: { ...plan, identification: { ...plan.identification, periodEnd: '2025-02-01' } },
      actions: [anAction({ dueDate: '2026-01-01' })],
    });
    expect(summary.phase).toBeNull();
    expect(summary.nextMeasurement).toBeNull();
    expect(summary.overdueActions).toHaveLength(1);
  });
});
