import { describe, expect, it } from 'vitest';
import type { EntitySettings } from '../core/schedule/entity-settings.types';
import { claimNote, runMonthlyReminders, type ReminderReport } from './send-monthly-reminders';
import { demoSettings, postError, ReminderWorld } from './test-support/reminder-world';
import { recordBotInstallation } from './record-bot-installation';

const DEFAULTS = { serviceUrl: 'https://smba.trafficmanager.net/teams', tenantId: 'tenant-1' };
const LINK = 'https://teams.microsoft.com/l/entity/app/integrity-dashboard?context=%7B%7D';

function run(world: ReminderWorld, now: string, runId = 'run-1'): Promise<ReminderReport> {
  return runMonthlyReminders({
    now,
    stores: {
      targets: world.targets,
      dashboards: world.dashboards,
      log: world.log,
      dialogue: world.dialogue,
    },
    poster: world.poster,
    defaults: DEFAULTS,
    tabDeepLink: () => LINK,
    runId,
  });
}

function cardKinds(world: ReminderWorld): string[] {
  return world.posts.map((p) => {
    const text = JSON.stringify(p.card);
    return text.includes('dialogue.discussed') ? 'dialogue-prompt' : 'pdca-reminder';
  });
}

function promptKeys(world: ReminderWorld): (string | null)[] {
  return world
    .logEntries()
    .filter((e) => e.kind === 'dialogue-prompt')
    .map((e) => e.postedPrompt);
}

function world(settings: EntitySettings = demoSettings('pz-a')): ReminderWorld {
  const w = new ReminderWorld();
  w.addEntity(settings);
  return w;
}

describe('runMonthlyReminders', () => {
  it('posts the reminder then the prompt once a month, three months running', async () => {
    const w = world();
    for (const month of ['2027-01', '2027-02', '2027-03']) {
      const report = await run(w, `${month}-01T09:30:00+01:00`);
      expect(report.sent.map((s) => [s.kind, s.period])).toEqual([
        ['pdca-reminder', month],
        ['dialogue-prompt', month],
      ]);
      expect(report.failed).toEqual([]);
      expect(report.faults).toEqual([]);
      // The same hour again, and later that month: nothing twice.
      expect((await run(w, `${month}-01T10:30:00+01:00`)).sent).toEqual([]);
      expect((await run(w, `${month}-20T10:30:00+01:00`)).sent).toEqual([]);
    }
    expect(cardKinds(w)).toEqual([
      'pdca-reminder',
      'dialogue-prompt',
      'pdca-reminder',
      'dialogue-prompt',
      'pdca-reminder',
      'dialogue-prompt',
    ]);
    const keys = promptKeys(w);
    expect(new Set(keys).size).toBe(3);
    expect(
      w.logEntries().every((e) => e.state === 'sent' && e.activityId !== null && e.attempts === 1),
    ).toBe(true);
    expect(
      w.posts.every(
        (p) =>
          p.target.channelId === '19:pz-a@thread.tacv2' &&
          p.target.serviceUrl === DEFAULTS.serviceUrl,
      ),
    ).toBe(true);
  });

  it('waits for the slot, and says why nothing went out', async () => {
    const w = world();
    const report = await run(w, '2027-01-01T08:59:00+01:00');
    expect(report.sent).toEqual([]);
    expect(report.skipped.map((s) => s.reason)).toEqual(['not-yet', 'not-yet']);
    expect(w.posts).toEqual([]);
  });

  it('lets only one of two concurrent runs post each card', async () => {
    const w = world();
    const [a, b] = await Promise.all([
      run(w, '2027-01-01T09:30:00+01:00', 'run-a'),
      run(w, '2027-01-01T09:30:00+01:00', 'run-b'),
    ]);
    expect(w.posts).toHaveLength(2);
    expect([...a.sent, ...b.sent]).toHaveLength(2);
    expect(
      [...a.skipped, ...b.skipped].filter((s) => s.reason === 'in-progress').length,
    ).toBeGreaterThan(0);
  });

  it('never re-sends a card after a crash between send and record, and reports it', async () => {
    const w = world();
    w.storeNow = '2027-01-01T08:30:00Z';
    w.behaviour = () => ({ kind: 'crash-after-post' });
    const crashed = await run(w, '2027-01-01T09:30:00+01:00');
    expect(crashed.faults).toHaveLength(1);
    expect(w.posts).toHaveLength(1);
    const [pending] = w.logEntries();
    expect(pending).toMatchObject({
      state: 'pending',
      kind: 'pdca-reminder',
      lastError: claimNote('run-1', '2027-01-01T09:30:00+01:00'),
    });

    w.behaviour = () => ({ kind: 'post' });
    // Within the pending timeout the row belongs to the (dead) run: left alone.
    const soon = await run(w, '2027-01-01T09:40:00+01:00', 'run-2');
    expect(soon.skipped.find((s) => s.kind === 'pdca-reminder')?.reason).toBe('in-progress');
    // An hour later it is resolved as unconfirmed, never sent again; the prompt still goes out.
    const later = await run(w, '2027-01-01T10:30:00+01:00', 'run-3');
    expect(later.failed.map((f) => [f.kind, f.reason])).toEqual([['pdca-reminder', 'unconfirmed']]);
    expect(cardKinds(w)).toEqual(['pdca-reminder', 'dialogue-prompt']);
    expect(w.logEntries('pz-a').find((e) => e.kind === 'pdca-reminder')?.lastError).toMatch(
      /^UNCONFIRMED: /,
    );
    // And it stays visible, unsent, in the following runs of the month.
    const again = await run(w, '2027-01-01T11:30:00+01:00', 'run-4');
    expect(again.failed.map((f) => f.reason)).toEqual(['unconfirmed']);
    expect(w.posts).toHaveLength(2);
  });

  it('sends again what was definitely not posted, up to the attempt limit', async () => {
    const w = world();
    w.behaviour = () => ({ kind: 'fail', error: postError('POST.THROTTLED', 429) });
    const first = await run(w, '2027-01-01T09:30:00+01:00');
    expect(first.failed.map((f) => f.reason)).toEqual(['not-posted', 'not-posted']);
    await run(w, '2027-01-01T10:30:00+01:00');
    const third = await run(w, '2027-01-01T11:30:00+01:00');
    expect(third.failed.map((f) => f.reason)).toEqual(['not-posted', 'not-posted']);
    const fourth = await run(w, '2027-01-01T12:30:00+01:00');
    expect(fourth.failed.map((f) => f.reason)).toEqual(['gave-up', 'gave-up']);
    expect(w.logEntries().map((e) => e.attempts)).toEqual([3, 3]);

    const v = world();
    v.behaviour = () => ({ kind: 'fail', error: postError('POST.REJECTED', 400) });
    await run(v, '2027-01-01T09:30:00+01:00');
    v.behaviour = () => ({ kind: 'post' });
    const retried = await run(v, '2027-01-01T10:30:00+01:00');
    expect(retried.sent).toHaveLength(2);
    expect(v.logEntries().map((e) => [e.state, e.attempts])).toEqual([
      ['sent', 2],
      ['sent', 2],
    ]);
  });

  it('does not retry a send whose outcome is unknown', async () => {
    const w = world();
    w.behaviour = () => ({ kind: 'fail', error: postError('POST.UNCONFIRMED', 504) });
    await run(w, '2027-01-01T09:30:00+01:00');
    w.behaviour = () => ({ kind: 'post' });
    const next = await run(w, '2027-01-01T10:30:00+01:00');
    expect(next.sent).toEqual([]);
    expect(next.failed.map((f) => f.reason)).toEqual(['unconfirmed', 'unconfirmed']);
  });

  it('marks a team whose bot was removed, reports it and leaves it alone until the bot is back', async () => {
    const w = world();
    w.behaviour = () => ({ kind: 'fail', error: postError('POST.BOT_REMOVED', 403) });
    const first = await run(w, '2027-01-01T09:30:00+01:00');
    expect(first.failed.map((f) => [f.kind, f.reason])).toEqual([['pdca-reminder', 'bot-removed']]);
    expect(first.skipped.map((s) => [s.kind, s.reason])).toEqual([
      ['dialogue-prompt', 'bot-removed'],
    ]);
    expect(w.target('pz-a').value.bot.state).toBe('removed');

    let attempts = 0;
    w.behaviour = () => {
      attempts += 1;
      return { kind: 'post' };
    };
    const next = await run(w, '2027-02-01T09:30:00+01:00');
    expect(attempts).toBe(0);
    expect(next.skipped.map((s) => s.reason)).toEqual(['bot-removed', 'bot-removed']);

    // Teams says the bot is back: the next run posts (this month's card, refused by a 403, too).
    await recordBotInstallation(
      {
        kind: 'installed',
        tenantId: 'tenant-2',
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
        team: { id: '19:pz-a@thread.tacv2', aadGroupId: 'group-pz-a', name: 'PZ A' },
        channelId: '19:pz-a@thread.tacv2',
      },
      w.targets,
    );
    const back = await run(w, '2027-02-01T10:30:00+01:00');
    expect(back.sent.map((s) => s.kind)).toEqual(['pdca-reminder', 'dialogue-prompt']);
    expect(w.posts.at(-1)?.target).toMatchObject({
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      tenantId: 'tenant-2',
    });
  });

  it('records a month with nothing to remind as skipped and still posts the prompt', async () => {
    const w = new ReminderWorld();
    w.addEntity(demoSettings('pz-b'), undefined, false);
    const report = await run(w, '2027-01-01T09:30:00+01:00');
    expect(report.skipped.map((s) => [s.kind, s.reason])).toEqual([['pdca-reminder', 'no-plan']]);
    expect(report.sent.map((s) => s.kind)).toEqual(['dialogue-prompt']);
    expect(w.logEntries().map((e) => e.state)).toEqual(['skipped', 'sent']);
    expect((await run(w, '2027-01-05T09:30:00+01:00')).sent).toEqual([]);
  });

  it('leaves entities without a channel or paused alone', async () => {
    const w = new ReminderWorld();
    w.addEntity(demoSettings('pz-c', { reminderChannel: null }));
    w.addEntity(
      demoSettings('pz-d', { cadence: { dayOfMonth: 1, hour: 9, pauseUntil: '2027-02-01' } }),
    );
    const report = await run(w, '2027-01-01T09:30:00+01:00');
    expect(report.skipped.map((s) => `${s.entityId}:${s.reason}`).sort()).toEqual([
      'pz-c:no-channel',
      'pz-c:no-channel',
      'pz-d:paused',
      'pz-d:paused',
    ]);
  });

  it('keeps going when one entity faults, and says so', async () => {
    const w = new ReminderWorld();
    w.addEntity(demoSettings('pz-e'));
    w.addEntity(demoSettings('pz-f'));
    w.behaviour = (target) =>
      target.channelId.includes('pz-e') ? { kind: 'crash-after-post' } : { kind: 'post' };
    const report = await run(w, '2027-01-01T09:30:00+01:00');
    expect(report.faults.map((f) => f.entityId)).toEqual(['pz-e']);
    expect(report.sent.map((s) => s.entityId)).toEqual(['pz-f', 'pz-f']);
  });
});
