import { describe, expect, it } from 'vitest';
import { CARD_VERBS, parseCardAction } from './card-actions';

describe('parseCardAction', () => {
  it('reads a "discussed" invoke, dropping anything Teams added to the data', () => {
    expect(
      parseCardAction('dialogue.discussed', {
        promptKey: 'friend-asks-about-a-speeding-fine',
        period: '2027-03',
        entityId: 'pz-demo',
        extraInput: 'x',
      }),
    ).toEqual({
      verb: CARD_VERBS.markDiscussed,
      data: {
        promptKey: 'friend-asks-about-a-speeding-fine',
        period: '2027-03',
        entityId: 'pz-demo',
      },
    });
  });

  it('reads a "snooze" invoke', () => {
    expect(parseCardAction('reminder.snooze', { entityId: 'pz-demo', period: '2027-06' })).toEqual({
      verb: CARD_VERBS.snoozeReminder,
      data: { entityId: 'pz-demo', period: '2027-06' },
    });
  });

  it.each([
    ['an unknown verb', 'plan.delete', { entityId: 'pz-demo', period: '2027-06' }],
    ['no verb', undefined, { entityId: 'pz-demo', period: '2027-06' }],
    ['no data', 'reminder.snooze', undefined],
    ['a malformed period', 'reminder.snooze', { entityId: 'pz-demo', period: '2027-6' }],
    ['an empty entity', 'reminder.snooze', { entityId: '', period: '2027-06' }],
    [
      'a malformed prompt key',
      'dialogue.discussed',
      { promptKey: 'Not A Key', period: '2027-03', entityId: 'e' },
    ],
    ['a missing prompt key', 'dialogue.discussed', { period: '2027-03', entityId: 'e' }],
  ])('refuses %s', (_, verb, data) => {
    expect(parseCardAction(verb, data)).toBeNull();
  });
});
