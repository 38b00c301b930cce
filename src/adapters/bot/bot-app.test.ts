import type { IConversationUpdateActivity } from '@microsoft/teams.api';
import { describe, expect, it } from 'vitest';
import type {
  BotActivityHandlers,
  CardActionRequest,
  InstallationEvent,
} from '../../ports/bot-activity';
import { createBotApp, installationEventOf, invokeResponseOf } from './bot-app';
import { createSafeLogger, redact } from './safe-logger';

const BOT = { id: '28:bot-app', name: 'Integrity Dashboard' };

function conversationUpdate(overrides: Record<string, unknown>): IConversationUpdateActivity {
  return {
    type: 'conversationUpdate',
    id: 'a1',
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    from: { id: '29:someone' },
    recipient: BOT,
    conversation: {
      id: '19:team@thread.tacv2',
      isGroup: true,
      conversationType: 'channel',
      tenantId: 'tenant',
    },
    channelData: {
      team: { id: '19:team@thread.tacv2', aadGroupId: 'group-1', name: 'PZ' },
      tenant: { id: 'tenant' },
      eventType: 'teamMemberAdded',
    },
    ...overrides,
  } as unknown as IConversationUpdateActivity;
}

describe('installationEventOf', () => {
  it('reads the bot being added to a team', () => {
    expect(installationEventOf(conversationUpdate({ membersAdded: [BOT] }))).toEqual({
      kind: 'installed',
      tenantId: 'tenant',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      team: { id: '19:team@thread.tacv2', aadGroupId: 'group-1', name: 'PZ' },
      channelId: '19:team@thread.tacv2',
    });
  });

  it('reads the bot being removed, or the team deleted', () => {
    expect(installationEventOf(conversationUpdate({ membersRemoved: [BOT] }))?.kind).toBe(
      'removed',
    );
    expect(
      installationEventOf(
        conversationUpdate({
          channelData: {
            team: { id: '19:team@thread.tacv2' },
            tenant: { id: 't' },
            eventType: 'teamDeleted',
          },
        }),
      )?.kind,
    ).toBe('removed');
  });

  it('ignores people joining, and anything outside a team', () => {
    expect(
      installationEventOf(conversationUpdate({ membersAdded: [{ id: '29:person' }] })),
    ).toBeNull();
    expect(
      installationEventOf(
        conversationUpdate({ membersAdded: [BOT], channelData: { tenant: { id: 't' } } }),
      ),
    ).toBeNull();
  });
});

describe('invokeResponseOf', () => {
  it('speaks the Universal Actions response format', () => {
    expect(invokeResponseOf({ kind: 'card', card: { type: 'AdaptiveCard' } })).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: { type: 'AdaptiveCard' },
    });
    expect(invokeResponseOf({ kind: 'message', text: 'ok' })).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'ok',
    });
    expect(
      invokeResponseOf({ kind: 'error', status: 403, code: 'WRONG_TEAM', message: 'no' }),
    ).toMatchObject({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'WRONG_TEAM', innerHttpError: { statusCode: 403 } },
    });
    expect(
      invokeResponseOf({ kind: 'error', status: 503, code: 'X', message: 'no' }).statusCode,
    ).toBe(500);
  });
});

describe('createBotApp', () => {
  const token = 'eyJhbGciOiJIUzI1NiJ9.eyJleHAiOjQxMDI0NDQ4MDB9.sig';

  async function app(mode: 'local' | 'tenant', handlers: Partial<BotActivityHandlers> = {}) {
    const lines: string[] = [];
    const log = {
      info: (l: string) => lines.push(l),
      warn: (l: string) => lines.push(l),
      error: (l: string) => lines.push(l),
    };
    const bot = await createBotApp({
      mode,
      clientId: 'bot-app',
      tenantId: 'tenant',
      serviceUrl: 'http://127.0.0.1:9',
      token: () => Promise.resolve(token),
      handlers: {
        installationChanged: handlers.installationChanged ?? (() => Promise.resolve()),
        cardAction: handlers.cardAction ?? (() => Promise.resolve({ kind: 'message', text: 'ok' })),
      },
      log,
    });
    return { bot, lines };
  }

  it('hands install events and card presses to the handlers, answering the invoke', async () => {
    const events: InstallationEvent[] = [];
    const presses: CardActionRequest[] = [];
    const { bot } = await app('local', {
      installationChanged: (e) => {
        events.push(e);
        return Promise.resolve();
      },
      cardAction: (r) => {
        presses.push(r);
        return Promise.resolve({
          kind: 'card',
          card: { type: 'AdaptiveCard', version: '1.5', body: [] },
        });
      },
    });
    const update = await bot.handle({
      headers: {},
      body: conversationUpdate({ membersAdded: [BOT] }),
    });
    expect(update.status).toBe(200);
    expect(events.map((e) => e.kind)).toEqual(['installed']);

    const invoke = await bot.handle({
      headers: {},
      body: {
        type: 'invoke',
        name: 'adaptiveCard/action',
        id: 'i1',
        channelId: 'msteams',
        serviceUrl: 'http://127.0.0.1:9',
        from: { id: '29:person', name: 'Tom Maes' },
        recipient: BOT,
        conversation: { id: '19:general@thread.tacv2;messageid=17', isGroup: true },
        channelData: {
          channel: { id: '19:general@thread.tacv2' },
          team: { id: '19:team@thread.tacv2', aadGroupId: 'g' },
        },
        value: {
          action: { type: 'Action.Execute', verb: 'dialogue.discussed', data: { promptKey: 'k' } },
        },
      },
    });
    expect(invoke).toEqual({
      status: 200,
      body: {
        statusCode: 200,
        type: 'application/vnd.microsoft.card.adaptive',
        value: { type: 'AdaptiveCard', version: '1.5', body: [] },
      },
    });
    // The press reaches the app without the person who pressed.
    expect(presses).toEqual([
      {
        verb: 'dialogue.discussed',
        data: { promptKey: 'k' },
        channelId: '19:general@thread.tacv2',
        teamId: '19:team@thread.tacv2',
        aadGroupId: 'g',
      },
    ]);
  });

  it('validates inbound tokens in tenant mode', async () => {
    const { bot } = await app('tenant');
    const response = await bot.handle({
      headers: {},
      body: conversationUpdate({ membersAdded: [BOT] }),
    });
    expect(response.status).toBe(401);
  });

  it('logs a failing handler without its secrets, and answers 500', async () => {
    const { bot, lines } = await app('local', {
      installationChanged: () => Promise.reject(new Error(`boom Bearer ${token}`)),
    });
    const response = await bot.handle({
      headers: {},
      body: conversationUpdate({ membersAdded: [BOT] }),
    });
    expect(response.status).toBe(500);
    expect(lines.join('\n')).toContain('boom');
    expect(lines.join('\n')).not.toContain(token);
  });

  it('wants a client id', async () => {
    await expect(
      createBotApp({
        mode: 'local',
        clientId: ' ',
        tenantId: 't',
        serviceUrl: 'http://127.0.0.1:9',
        handlers: {
          installationChanged: () => Promise.resolve(),
          cardAction: () => Promise.resolve({ kind: 'message', text: '' }),
        },
        log: { info: () => undefined, warn: () => undefined, error: () => undefined },
      }),
    ).rejects.toThrow(/client id/);
  });
});

describe('safe logger', () => {
  it('keeps tokens and request objects out of the log', () => {
    expect(redact('Authorization: Bearer abc.def-ghi')).toBe('Authorization: Bearer [redacted]');
    expect(redact('token eyJa.eyJb.c')).toBe('token [jwt]');
    expect(redact({ headers: { authorization: 'Bearer x' } })).toBe('[object]');
    const axios = Object.assign(new Error('Request failed'), {
      response: { status: 403 },
      config: { headers: { Authorization: 'Bearer s' } },
    });
    expect(redact(axios)).toBe('Error: Request failed (HTTP 403)');
    const lines: string[] = [];
    const logger = createSafeLogger({
      info: (l) => lines.push(`i ${l}`),
      warn: (l) => lines.push(`w ${l}`),
      error: (l) => lines.push(`e ${l}`),
    });
    logger.debug('quiet');
    logger.info('quiet too');
    logger.child('http').warn('careful', { secret: 1 });
    expect(lines).toEqual(['w [bot/http] careful [object]']);
  });
});
