import type { ConversationResource, CreateConversationParams } from '@microsoft/teams.api';
import { describe, expect, it } from 'vitest';
import { BotAuthenticationError, createBotPoster, type ConversationsApi } from './bot-poster';
import { parseRetryAfter, retryDelayMs, DEFAULT_POST_RETRY_POLICY } from './post-retry';
import { SlidingWindowLimiter, type Clock } from './rate-limiter';

const TARGET = {
  serviceUrl: 'https://smba.trafficmanager.net/emea/',
  tenantId: 'tenant',
  teamId: 'group',
  channelId: '19:general@thread.tacv2',
};
const CARD = { type: 'AdaptiveCard', version: '1.5', body: [] };

/** An axios error as the SDK's HTTP client throws it. */
function httpError(
  status: number | null,
  options: { code?: string; retryAfter?: string; networkCode?: string } = {},
) {
  return Object.assign(new Error(`Request failed with status code ${status ?? 0}`), {
    isAxiosError: true,
    code: options.networkCode,
    config: { headers: { Authorization: 'Bearer secret-token' } },
    response:
      status === null
        ? undefined
        : {
            status,
            headers: options.retryAfter === undefined ? {} : { 'retry-after': options.retryAfter },
            data: options.code === undefined ? {} : { error: { code: options.code, message: 'x' } },
          },
  });
}

function fakeClock(): Clock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: (ms) => {
      slept.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}

function poster(answers: (Error | ConversationResource)[], retry = {}) {
  const calls: { serviceUrl: string; params: CreateConversationParams }[] = [];
  const clock = fakeClock();
  const api = (serviceUrl: string): ConversationsApi => ({
    conversations: {
      create: (params) => {
        calls.push({ serviceUrl, params });
        const next = answers.shift();
        if (next === undefined) throw new Error('no more answers');
        return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
      },
    },
  });
  const limiter = new SlidingWindowLimiter({ clock, marginMs: 0 });
  return {
    poster: createBotPoster({ api, limiter, clock, retry: { random: () => 0.5, ...retry } }),
    calls,
    clock,
  };
}

const created: ConversationResource = {
  id: '19:general@thread.tacv2;messageid=1700000000001',
  activityId: '1700000000001',
  serviceUrl: TARGET.serviceUrl,
};

describe('createBotPoster', () => {
  it('creates a new channel post with the card and answers its ids', async () => {
    const { poster: p, calls } = poster([created]);
    const result = await p.postCard(TARGET, CARD);
    expect(result).toEqual({
      ok: true,
      value: { activityId: '1700000000001', conversationId: created.id, attempts: 1 },
    });
    expect(calls[0]?.serviceUrl).toBe(TARGET.serviceUrl);
    expect(calls[0]?.params).toEqual({
      isGroup: true,
      tenantId: 'tenant',
      channelData: { channel: { id: TARGET.channelId }, tenant: { id: 'tenant' } },
      activity: {
        type: 'message',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: CARD }],
      },
    });
  });

  it('reads the activity id from the thread id when the service leaves it out', async () => {
    const { poster: p } = poster([{ ...created, activityId: '' }]);
    const result = await p.postCard(TARGET, CARD);
    expect(result.ok && result.value.activityId).toBe('1700000000001');
  });

  it('retries 429 after Retry-After and 412 with jittered backoff', async () => {
    const { poster: p, clock } = poster([
      httpError(429, { retryAfter: '3', code: 'TooManyRequests' }),
      httpError(412),
      created,
    ]);
    const result = await p.postCard(TARGET, CARD);
    expect(result.ok && result.value.attempts).toBe(3);
    // 3 s from Retry-After, then half (random 0.5) of the second step's 1 s ceiling.
    expect(clock.slept).toEqual([3_000, 500]);
  });

  it('gives up throttled after the attempt limit, having posted nothing', async () => {
    const { poster: p } = poster(
      Array.from({ length: 3 }, () => httpError(429, { retryAfter: '1' })),
      { maxAttempts: 3 },
    );
    const result = await p.postCard(TARGET, CARD);
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'POST.THROTTLED',
        posted: 'no',
        attempts: 3,
        status: 429,
        retryAfterSeconds: 1,
      },
    });
  });

  it('reports a removed bot from 403/404 "not in conversation"', async () => {
    for (const [status, code] of [
      [403, 'BotNotInConversationRoster'],
      [404, 'ConversationNotFound'],
    ] as const) {
      const { poster: p, calls } = poster([httpError(status, { code })]);
      const result = await p.postCard(TARGET, CARD);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'POST.BOT_REMOVED', posted: 'no', status },
      });
      expect(calls).toHaveLength(1);
    }
  });

  it('does not retry what may have been posted (502, 504, 500, a dropped connection)', async () => {
    for (const error of [
      httpError(502),
      httpError(504),
      httpError(500),
      httpError(null, { networkCode: 'ECONNRESET' }),
    ]) {
      const { poster: p, calls } = poster([error, created]);
      const result = await p.postCard(TARGET, CARD);
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'POST.UNCONFIRMED', posted: 'unknown' },
      });
      expect(calls).toHaveLength(1);
    }
  });

  it('retries 502/504 when told to follow the guidance literally', async () => {
    const { poster: p, calls } = poster([httpError(504), created], { retryAmbiguous: true });
    expect((await p.postCard(TARGET, CARD)).ok).toBe(true);
    expect(calls).toHaveLength(2);
  });

  it('retries a connection that was refused before the request left', async () => {
    const { poster: p } = poster([httpError(null, { networkCode: 'ECONNREFUSED' }), created]);
    expect((await p.postCard(TARGET, CARD)).ok).toBe(true);
  });

  it('rejects other client errors, and throws on bad credentials without leaking the token', async () => {
    const { poster: p } = poster([httpError(413, { code: 'MessageSizeTooBig' })]);
    const result = await p.postCard(TARGET, CARD);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'POST.REJECTED', message: '413 MessageSizeTooBig after 1 attempt' },
    });
    const { poster: q } = poster([httpError(401)]);
    const thrown = await q.postCard(TARGET, CARD).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(BotAuthenticationError);
    expect(String(thrown)).not.toContain('secret-token');
  });

  it('rethrows what is not an HTTP failure', async () => {
    const { poster: p } = poster([new TypeError('bug')]);
    await expect(p.postCard(TARGET, CARD)).rejects.toThrow(TypeError);
  });
});

describe('post retry helpers', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(parseRetryAfter('7', 0)).toBe(7);
    expect(parseRetryAfter('Thu, 01 Jan 1970 00:00:10 GMT', 4_000)).toBe(6);
    expect(parseRetryAfter('soon', 0)).toBeNull();
    expect(parseRetryAfter(undefined, 0)).toBeNull();
  });

  it('backs off exponentially with full jitter, capped', () => {
    const policy = { ...DEFAULT_POST_RETRY_POLICY, random: () => 0.999 };
    expect(retryDelayMs(policy, 1, null)).toBe(499);
    expect(retryDelayMs(policy, 4, null)).toBe(3_996);
    expect(retryDelayMs(policy, 20, null)).toBe(29_970);
    expect(retryDelayMs(policy, 1, 2)).toBe(2_000);
  });
});
