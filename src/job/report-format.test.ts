import { describe, expect, it } from 'vitest';
import type { ReminderOutcome, ReminderReport } from '../app/send-monthly-reminders';
import { formatReports, summarise } from './report-format';

function outcome(
  status: ReminderOutcome['status'],
  reason: string,
  extra: Partial<ReminderOutcome> = {},
): ReminderOutcome {
  return {
    entityId: 'pz-a',
    kind: 'pdca-reminder',
    period: '2027-01',
    status,
    reason,
    detail: null,
    activityId: null,
    promptKey: null,
    ...extra,
  };
}

const report: ReminderReport = {
  now: '2027-01-01T08:30:00.000Z',
  runId: 'r',
  entities: 3,
  sent: [
    outcome('sent', 'posted', { activityId: '17', kind: 'dialogue-prompt', promptKey: 'gift' }),
  ],
  skipped: [
    outcome('skipped', 'not-yet'),
    outcome('skipped', 'not-yet'),
    outcome('skipped', 'paused'),
  ],
  failed: [outcome('failed', 'unconfirmed', { detail: 'check the channel' })],
  rejectedPrompts: [{ index: 0, key: 'own', reasons: [{ code: 'DIALOGUE.INVALID_KEY' }] }],
  faults: [{ entityId: 'pz-b', message: 'Error: boom' }],
};

describe('report format', () => {
  it('counts outcomes over every site', () => {
    expect(summarise([report, report])).toEqual({
      entities: 6,
      sent: 2,
      skipped: 6,
      failed: 2,
      faults: 2,
    });
  });

  it('lists what was sent, what needs a person and the faults, and counts the skips', () => {
    expect(formatReports([report])).toEqual([
      'Monthly reminders at 2027-01-01T08:30:00.000Z: 3 entities, 1 sent, 1 need attention, 3 skipped, 1 faults',
      '  sent    pz-a dialogue-prompt 2027-01 activity 17 prompt gift',
      '  ATTENTION pz-a pdca-reminder 2027-01: unconfirmed — check the channel',
      '  FAULT   pz-b: Error: boom',
      '  prompt row 1 (own) skipped: DIALOGUE.INVALID_KEY',
      '  skipped: not-yet ×2, paused ×1',
    ]);
  });
});
