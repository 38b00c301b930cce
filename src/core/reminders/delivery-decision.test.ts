import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DELIVERY_POLICY,
  DELIVERY_STATES,
  FAILURE_KINDS,
  decideDelivery,
  failureOf,
  formatFailure,
  recordOutcome,
  type DeliveryDecision,
  type DeliveryRecord,
  type PostOutcome,
} from './delivery-decision';

const NOW = '2027-01-01T09:30:00+01:00';
const policy = DEFAULT_DELIVERY_POLICY;

function row(overrides: Partial<DeliveryRecord>): DeliveryRecord {
  return {
    state: 'pending',
    attempts: 1,
    updatedAt: '2027-01-01T08:25:00Z',
    failure: null,
    ...overrides,
  };
}

function decide(record: DeliveryRecord | null, botInstalled = true): DeliveryDecision {
  return decideDelivery({ record, botInstalled, now: NOW, policy });
}

describe('decideDelivery', () => {
  it('claims a card that has no row yet', () => {
    expect(decide(null)).toEqual({ kind: 'claim' });
  });

  it('never sends a card that was sent or deliberately skipped', () => {
    expect(decide(row({ state: 'sent' }))).toEqual({ kind: 'skip', reason: 'already-sent' });
    expect(decide(row({ state: 'skipped' }))).toEqual({ kind: 'skip', reason: 'nothing-to-post' });
  });

  it('leaves a fresh pending row to the run that claimed it', () => {
    // Claimed 5 minutes before NOW (08:25Z = 09:25 in Brussels).
    expect(decide(row({ state: 'pending' }))).toEqual({ kind: 'skip', reason: 'in-progress' });
    // A row dated after `now` (clocks apart) counts as fresh, never as stale.
    expect(decide(row({ state: 'pending', updatedAt: '2027-01-01T10:00:00Z' }))).toEqual({
      kind: 'skip',
      reason: 'in-progress',
    });
  });

  it('resolves a stale pending row (a crash between send and record) without sending', () => {
    const stale = row({ state: 'pending', updatedAt: '2027-01-01T08:15:00Z' });
    expect(decide(stale)).toEqual({ kind: 'resolve-unconfirmed' });
    expect(decide(row({ state: 'pending', updatedAt: null }))).toEqual({
      kind: 'resolve-unconfirmed',
    });
    expect(decide(row({ state: 'pending', updatedAt: 'yesterday' }))).toEqual({
      kind: 'resolve-unconfirmed',
    });
  });

  it('sends again only what was definitely not posted, up to the attempt limit', () => {
    const notPosted = row({ state: 'failed', failure: 'not-posted', attempts: 1 });
    expect(decide(notPosted)).toEqual({ kind: 'retry', attempt: 2 });
    expect(decide({ ...notPosted, attempts: 3 })).toEqual({ kind: 'skip', reason: 'gave-up' });
    expect(decide(row({ state: 'failed', failure: 'unconfirmed' }))).toEqual({
      kind: 'skip',
      reason: 'unconfirmed',
    });
    // A failure the job cannot read (a hand edit) is treated as possibly posted.
    expect(decide(row({ state: 'failed', failure: null }))).toEqual({
      kind: 'skip',
      reason: 'unconfirmed',
    });
  });

  it('retries a card refused because the bot was removed only once it is installed again', () => {
    const removed = row({ state: 'bot-removed', attempts: 1 });
    expect(decide(removed, false)).toEqual({ kind: 'skip', reason: 'bot-removed' });
    expect(decide(removed, true)).toEqual({ kind: 'retry', attempt: 2 });
    expect(decide({ ...removed, attempts: 3 }, true)).toEqual({ kind: 'skip', reason: 'gave-up' });
  });

  it('refuses an invalid clock or policy as a fault', () => {
    expect(() => decideDelivery({ record: null, botInstalled: true, now: 'soon', policy })).toThrow(
      RangeError,
    );
    expect(() =>
      decideDelivery({
        record: null,
        botInstalled: true,
        now: NOW,
        policy: { pendingTimeoutMinutes: 0, maxAttempts: 3 },
      }),
    ).toThrow(RangeError);
    expect(() =>
      decideDelivery({
        record: null,
        botInstalled: true,
        now: NOW,
        policy: { pendingTimeoutMinutes: 15, maxAttempts: 0.5 },
      }),
    ).toThrow(RangeError);
  });

  it('never sends a card whose post may have landed, whatever the row says (property)', () => {
    const arbitraryRow = fc.record({
      state: fc.constantFrom(...DELIVERY_STATES),
      attempts: fc.integer({ min: 0, max: 10 }),
      updatedAt: fc.option(
        fc
          .integer({ min: 0, max: 3 * 24 * 60 })
          .map((minutes) => new Date(Date.parse(NOW) - minutes * 60_000).toISOString()),
      ),
      failure: fc.option(fc.constantFrom(...FAILURE_KINDS)),
    });
    fc.assert(
      fc.property(arbitraryRow, fc.boolean(), (record, botInstalled) => {
        const decision = decide(record, botInstalled);
        const mayHavePosted =
          record.state === 'sent' ||
          record.state === 'pending' ||
          (record.state === 'failed' && record.failure !== 'not-posted');
        if (mayHavePosted) expect(['skip', 'resolve-unconfirmed']).toContain(decision.kind);
        if (decision.kind === 'retry') expect(decision.attempt).toBeLessThanOrEqual(3);
      }),
    );
  });
});

describe('recordOutcome and failureOf', () => {
  it('records each outcome with a failure the next run can read back', () => {
    const cases: [PostOutcome, string, string | null][] = [
      [{ kind: 'posted' }, 'sent', null],
      [
        { kind: 'bot-removed', detail: '403 BotNotInConversationRoster' },
        'bot-removed',
        'not-posted',
      ],
      [{ kind: 'not-posted', detail: '429 after 6 attempts' }, 'failed', 'not-posted'],
      [{ kind: 'unconfirmed', detail: 'crash after sending' }, 'failed', 'unconfirmed'],
    ];
    for (const [outcome, state, failure] of cases) {
      const recorded = recordOutcome(outcome);
      expect(recorded.state).toBe(state);
      expect(failureOf(recorded.lastError)).toBe(failure);
    }
    expect(recordOutcome({ kind: 'not-posted', detail: 'x' }).lastError).toBe('NOT_POSTED: x');
  });

  it('reads no failure kind from text it did not write', () => {
    expect(failureOf(null)).toBeNull();
    expect(failureOf('Timeout')).toBeNull();
    expect(failureOf('NOT_POSTEDx: y')).toBeNull();
    expect(failureOf(formatFailure('unconfirmed', ''))).toBe('unconfirmed');
  });
});
