import { describe, expect, it } from 'vitest';
import { BUILT_IN_PROMPTS } from '../core/dialogue/prompt-library';
import type { CardActionRequest } from '../ports/bot-activity';
import { CARD_VERBS } from './cards/card-actions';
import { handleCardAction, type CardActionContext } from './handle-card-action';
import { runMonthlyReminders } from './send-monthly-reminders';
import { demoSettings, ReminderWorld } from './test-support/reminder-world';

const PROMPT = BUILT_IN_PROMPTS[0]!;
const CHANNEL = '19:pz-a@thread.tacv2';
const LINK = 'https://teams.microsoft.com/l/entity/app/integrity-dashboard?context=%7B%7D';

function setup(now = '2027-01-12T14:00:00+01:00') {
  const world = new ReminderWorld();
  world.addEntity(demoSettings('pz-a'));
  const context: CardActionContext = {
    now: () => now,
    settings: world.settings,
    dialogue: world.dialogue,
    tabDeepLink: () => LINK,
  };
  return { world, context };
}

function press(
  verb: string,
  data: unknown,
  from: Partial<CardActionRequest> = {},
): CardActionRequest {
  return { verb, data, channelId: CHANNEL, teamId: null, aadGroupId: null, ...from };
}

const discussed = { promptKey: PROMPT.key, period: '2027-01', entityId: 'pz-a' };

describe('handleCardAction: discussed', () => {
  it('counts a discussion per (entity, prompt), and answers the updated card', async () => {
    const { world, context } = setup();
    const first = await handleCardAction(press(CARD_VERBS.markDiscussed, discussed), context);
    expect(first.kind).toBe('card');
    const second = await handleCardAction(press(CARD_VERBS.markDiscussed, discussed), context);
    expect(JSON.stringify(second)).toContain('2');
    expect(world.counts()).toEqual([
      { entityId: 'pz-a', promptKey: PROMPT.key, discussedCount: 2, lastDiscussedOn: '2027-01-12' },
    ]);
  });

  it('counts presses made at the same moment, each once', async () => {
    const { world, context } = setup();
    const replies = await Promise.all(
      Array.from({ length: 4 }, () =>
        handleCardAction(press(CARD_VERBS.markDiscussed, discussed), context),
      ),
    );
    expect(replies.every((r) => r.kind === 'card')).toBe(true);
    expect(world.counts()[0]?.discussedCount).toBe(4);
  });

  it('stores nothing about who pressed', async () => {
    const { world, context } = setup();
    await handleCardAction(
      press(CARD_VERBS.markDiscussed, { ...discussed, name: 'Tom Maes', userId: '29:x' }),
      context,
    );
    expect(JSON.stringify(world.counts())).not.toMatch(/Tom|29:x/);
  });

  it('refuses unknown buttons, prompts and entities, and presses from another team', async () => {
    const { context } = setup();
    expect(await handleCardAction(press('other.verb', {}), context)).toMatchObject({
      kind: 'error',
      status: 400,
    });
    expect(
      await handleCardAction(
        press(CARD_VERBS.markDiscussed, { ...discussed, promptKey: 'no-such-prompt' }),
        context,
      ),
    ).toMatchObject({ kind: 'error', status: 404, code: 'UNKNOWN_PROMPT' });
    expect(
      await handleCardAction(
        press(CARD_VERBS.markDiscussed, { ...discussed, entityId: 'pz-zz' }),
        context,
      ),
    ).toMatchObject({ kind: 'error', status: 404, code: 'UNKNOWN_ENTITY' });
    expect(
      await handleCardAction(
        press(CARD_VERBS.markDiscussed, discussed, { channelId: '19:elsewhere@thread.tacv2' }),
        context,
      ),
    ).toMatchObject({ kind: 'error', status: 403, code: 'WRONG_TEAM' });
    // Another channel of the entity's own team is fine.
    expect(
      (
        await handleCardAction(
          press(CARD_VERBS.markDiscussed, discussed, {
            channelId: '19:x@thread.tacv2',
            teamId: 'x',
            aadGroupId: 'group-pz-a',
          }),
          context,
        )
      ).kind,
    ).toBe('card');
  });
});

describe('handleCardAction: snooze', () => {
  it('pauses until the first day of the month after next, and the next due month is skipped', async () => {
    const { world, context } = setup('2027-01-05T10:00:00+01:00');
    const reply = await handleCardAction(
      press(CARD_VERBS.snoozeReminder, { entityId: 'pz-a', period: '2027-01' }),
      context,
    );
    expect(reply.kind).toBe('card');
    expect(world.target('pz-a').value.settings.cadence.pauseUntil).toBe('2027-03-01');

    const run = (now: string) =>
      runMonthlyReminders({
        now,
        stores: {
          targets: world.targets,
          dashboards: world.dashboards,
          log: world.log,
          dialogue: world.dialogue,
        },
        poster: world.poster,
        defaults: { serviceUrl: 'https://smba.trafficmanager.net/teams', tenantId: 't' },
        tabDeepLink: () => LINK,
        runId: 'r',
      });
    const february = await run('2027-02-01T09:30:00+01:00');
    expect(february.skipped.map((s) => s.reason)).toEqual(['paused', 'paused']);
    const march = await run('2027-03-01T09:30:00+01:00');
    expect(march.sent).toHaveLength(2);
  });

  it('applies two presses at the same moment once', async () => {
    const { world, context } = setup('2027-01-05T10:00:00+01:00');
    const replies = await Promise.all([
      handleCardAction(
        press(CARD_VERBS.snoozeReminder, { entityId: 'pz-a', period: '2027-01' }),
        context,
      ),
      handleCardAction(
        press(CARD_VERBS.snoozeReminder, { entityId: 'pz-a', period: '2027-01' }),
        context,
      ),
    ]);
    expect(replies.map((r) => r.kind)).toEqual(['card', 'card']);
    expect(world.target('pz-a').value.settings.cadence.pauseUntil).toBe('2027-03-01');
  });

  it('keeps a longer pause an owner set', async () => {
    const { world, context } = setup('2027-01-05T10:00:00+01:00');
    const before = world.target('pz-a');
    await world.settings.saveSettings(
      {
        ...before.value.settings,
        cadence: { ...before.value.settings.cadence, pauseUntil: '2027-06-01' },
      },
      { id: before.id, etag: before.etag },
    );
    const [a, b] = await Promise.all([
      handleCardAction(
        press(CARD_VERBS.snoozeReminder, { entityId: 'pz-a', period: '2027-01' }),
        context,
      ),
      handleCardAction(
        press(CARD_VERBS.snoozeReminder, { entityId: 'pz-a', period: '2027-01' }),
        context,
      ),
    ]);
    expect(a.kind).toBe('card');
    expect(b.kind).toBe('card');
    expect(world.target('pz-a').value.settings.cadence.pauseUntil).toBe('2027-06-01');
  });
});
