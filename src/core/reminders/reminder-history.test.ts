import { describe, expect, it } from 'vitest';
import { lastCompletedPeriod, promptHistory, type ReminderLogFacts } from './reminder-history';

const rows: ReminderLogFacts[] = [
  { kind: 'pdca-reminder', period: '2026-11', state: 'sent', postedPrompt: null },
  { kind: 'pdca-reminder', period: '2026-12', state: 'skipped', postedPrompt: null },
  { kind: 'pdca-reminder', period: '2027-01', state: 'failed', postedPrompt: null },
  { kind: 'dialogue-prompt', period: '2026-10', state: 'sent', postedPrompt: 'gift-bottle' },
  { kind: 'dialogue-prompt', period: '2026-12', state: 'sent', postedPrompt: 'ang-lookup' },
  { kind: 'dialogue-prompt', period: '2027-01', state: 'pending', postedPrompt: 'night-shift' },
  { kind: 'dialogue-prompt', period: '2026-09', state: 'skipped', postedPrompt: null },
];

describe('lastCompletedPeriod', () => {
  it('takes the latest month posted or deliberately skipped, per kind', () => {
    expect(lastCompletedPeriod(rows, 'pdca-reminder')).toBe('2026-12');
    expect(lastCompletedPeriod(rows, 'dialogue-prompt')).toBe('2026-12');
    expect(lastCompletedPeriod([], 'pdca-reminder')).toBeNull();
  });
});

describe('promptHistory', () => {
  it('keeps every prompt that may have been posted, this month included', () => {
    expect(promptHistory(rows)).toEqual([
      { key: 'gift-bottle', period: '2026-10' },
      { key: 'ang-lookup', period: '2026-12' },
      { key: 'night-shift', period: '2027-01' },
    ]);
  });
});
