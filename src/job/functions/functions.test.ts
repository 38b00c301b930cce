import { HttpRequest, InvocationContext, type Timer } from '@azure/functions';
import { describe, expect, it } from 'vitest';
import type { ReminderReport } from '../../app/send-monthly-reminders';
import type { ReminderRuntime } from '../composition/reminder-runtime';
import { botMessagesHandler } from './bot-messages';
import { monthlyRemindersHandler, MONTHLY_REMINDERS_SCHEDULE } from './monthly-reminders';

function report(faults: ReminderReport['faults']): ReminderReport {
  return {
    now: '2027-01-01T08:30:00.000Z',
    runId: 'r',
    entities: 1,
    sent: [],
    skipped: [],
    failed: [],
    rejectedPrompts: [],
    faults,
  };
}

function fakeRuntime(reports: ReminderReport[], seen: unknown[] = []): ReminderRuntime {
  return {
    bot: {} as ReminderRuntime['bot'],
    runOnce: () => Promise.resolve(reports),
    handleMessage: (request) => {
      seen.push(request);
      return Promise.resolve({
        status: 200,
        body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'ok' },
      });
    },
  };
}

const timer: Timer = {
  isPastDue: false,
  schedule: { adjustForDST: false },
  scheduleStatus: { last: '', next: '', lastUpdated: '' },
};

describe('monthly reminders timer', () => {
  it('runs hourly at minute 5 (six-field NCRONTAB)', () => {
    expect(MONTHLY_REMINDERS_SCHEDULE.split(' ')).toHaveLength(6);
  });

  it('awaits the pass and fails the invocation when an entity faulted', async () => {
    const context = new InvocationContext();
    await expect(
      monthlyRemindersHandler(() => Promise.resolve(fakeRuntime([report([])])))(timer, context),
    ).resolves.toBeUndefined();
    await expect(
      monthlyRemindersHandler(() =>
        Promise.resolve(fakeRuntime([report([{ entityId: 'pz', message: 'boom' }])])),
      )(timer, context),
    ).rejects.toThrow(/1 entities failed/);
  });
});

describe('bot messages endpoint', () => {
  it('hands the activity and headers to the bot and returns its answer', async () => {
    const seen: unknown[] = [];
    const handler = botMessagesHandler(() => Promise.resolve(fakeRuntime([], seen)));
    const response = await handler(
      new HttpRequest({
        url: 'https://func.example/api/messages',
        method: 'POST',
        headers: { Authorization: 'Bearer x', 'Content-Type': 'application/json' },
        body: { string: JSON.stringify({ type: 'invoke' }) },
      }),
      new InvocationContext(),
    );
    expect(response).toEqual({
      status: 200,
      jsonBody: {
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: 'ok',
      },
    });
    expect(seen).toEqual([
      {
        headers: { authorization: 'Bearer x', 'content-type': 'application/json' },
        body: { type: 'invoke' },
      },
    ]);
  });

  it('refuses a body that is not JSON', async () => {
    const handler = botMessagesHandler(() => Promise.resolve(fakeRuntime([])));
    const response = await handler(
      new HttpRequest({
        url: 'https://func.example/api/messages',
        method: 'POST',
        body: { string: 'nope' },
      }),
      new InvocationContext(),
    );
    expect(response.status).toBe(400);
  });
});
