import type { BotMode } from '../../adapters/bot/bot-app';
import {
  createBotApp,
  type BotApp,
  type BotHttpRequest,
  type BotHttpResponse,
} from '../../adapters/bot/bot-app';
import { createBotPoster } from '../../adapters/bot/bot-poster';
import type { PostRetryPolicy } from '../../adapters/bot/post-retry';
import { SlidingWindowLimiter, SYSTEM_CLOCK, type Clock } from '../../adapters/bot/rate-limiter';
import type { BotLog } from '../../adapters/bot/safe-logger';
import type { RetryPolicy } from '../../adapters/graph/graph-retry';
import { createGraphStore, type GraphStore } from '../../adapters/graph/graph-store';
import { handleCardAction } from '../../app/handle-card-action';
import { recordBotInstallation } from '../../app/record-bot-installation';
import { runMonthlyReminders, type ReminderReport } from '../../app/send-monthly-reminders';
import { tabDeepLink } from '../../app/tab-deep-link';
import type { DeliveryPolicy } from '../../core/reminders/delivery-decision';
import type { AccessTokenProvider } from '../../ports/access-token-provider';
import type { BotActivityHandlers, CardActionReply } from '../../ports/bot-activity';
import { isInvalidRecord } from '../../ports/store.types';

/** One SharePoint site holding entities (normally an entity's own Team site). */
export type ReminderSite = {
  readonly siteId: string;
  /** List GUIDs by manifest name, when provisioning recorded them. */
  readonly listIds?: Readonly<Record<string, string>>;
};

export type ReminderRuntimeConfig = {
  readonly mode: BotMode;
  readonly clientId: string;
  readonly tenantId: string;
  readonly clientSecret?: string;
  /** Token override for every scope (local mode: the emulator's app token). */
  readonly token?: (scope: string | string[], tenantId?: string) => Promise<string>;
  /** Graph tokens; by default the bot's own identity (one Entra app for bot and Graph). */
  readonly graphTokens?: AccessTokenProvider;
  /** The Bot Connector for teams whose install event was never recorded. */
  readonly serviceUrl: string;
  readonly graphBaseUrl: string;
  readonly teamsAppId: string;
  readonly sites: readonly ReminderSite[];
  readonly log: BotLog;
  /** Pacing clock of the poster and its limiter (compressed in tests). */
  readonly clock?: Clock;
  /** The wall clock of card actions (snooze month, "discussed on"). */
  readonly now?: () => Date;
  readonly postRetry?: Partial<PostRetryPolicy>;
  readonly graphRetry?: Partial<RetryPolicy>;
  readonly delivery?: Partial<DeliveryPolicy>;
  readonly concurrency?: number;
  /** A fresh id per run; `crypto.randomUUID` by default. */
  readonly newRunId?: () => string;
};

export type ReminderRuntime = {
  readonly bot: BotApp;
  /** One pass of the monthly job over every site, one report per site. */
  runOnce(now: Date): Promise<readonly ReminderReport[]>;
  /** The bot's messaging endpoint. */
  handleMessage(request: BotHttpRequest): Promise<BotHttpResponse>;
};

/**
 * The job's and the bot's composition: Graph stores per site, the Teams SDK bot, one rate limiter
 * shared by every post of the process, and the app's use-cases wired to them.
 */
export async function createReminderRuntime(
  config: ReminderRuntimeConfig,
): Promise<ReminderRuntime> {
  const clock = config.clock ?? SYSTEM_CLOCK;
  const now = config.now ?? ((): Date => new Date());
  let stores: GraphStore[] = [];
  const link = (settings: Parameters<typeof tabDeepLink>[1]): string =>
    tabDeepLink(config.teamsAppId, settings);

  const handlers: BotActivityHandlers = {
    async installationChanged(event) {
      for (const store of stores) {
        const report = await recordBotInstallation(event, store);
        for (const entityId of report.updated) {
          config.log.info(
            `[bot] ${event.kind} in team ${event.team.name ?? event.team.id}: recorded for ${entityId}`,
          );
        }
        for (const failure of report.failed) {
          config.log.error(
            `[bot] could not record ${event.kind} for ${failure.entityId ?? 'the site'}: ${failure.error.code}`,
          );
        }
      }
    },
    async cardAction(request): Promise<CardActionReply> {
      const entityId = (request.data as { entityId?: unknown } | null)?.entityId;
      // The site that holds the entity answers; with one site, that one.
      for (const store of stores) {
        if (stores.length > 1 && typeof entityId === 'string') {
          const found = await store.loadSettings(entityId);
          if (!found.ok || found.value === null || isInvalidRecord(found.value)) continue;
        }
        return handleCardAction(request, {
          now: () => now().toISOString(),
          settings: store,
          dialogue: store,
          tabDeepLink: link,
        });
      }
      return {
        kind: 'error',
        status: 404,
        code: 'UNKNOWN_ENTITY',
        message: 'No site holds this entity.',
      };
    },
  };

  const bot = await createBotApp({
    mode: config.mode,
    clientId: config.clientId,
    tenantId: config.tenantId,
    serviceUrl: config.serviceUrl,
    ...(config.token === undefined ? {} : { token: config.token }),
    ...(config.clientSecret === undefined ? {} : { clientSecret: config.clientSecret }),
    handlers,
    log: config.log,
  });
  const graphTokens = config.graphTokens ?? bot.graphTokens;
  stores = config.sites.map((site) =>
    createGraphStore({
      graphBaseUrl: config.graphBaseUrl,
      siteId: site.siteId,
      tokens: graphTokens,
      ...(site.listIds === undefined ? {} : { listIds: site.listIds }),
      ...(config.graphRetry === undefined ? {} : { retry: config.graphRetry }),
    }),
  );
  const poster = createBotPoster({
    api: (serviceUrl) => bot.api(serviceUrl),
    limiter: new SlidingWindowLimiter({ clock }),
    clock,
    ...(config.postRetry === undefined ? {} : { retry: config.postRetry }),
  });
  const newRunId = config.newRunId ?? ((): string => crypto.randomUUID());

  return {
    bot,
    async runOnce(at) {
      const reports: ReminderReport[] = [];
      for (const store of stores) {
        reports.push(
          await runMonthlyReminders({
            now: at.toISOString(),
            stores: { targets: store, dashboards: store, log: store, dialogue: store },
            poster,
            defaults: { serviceUrl: config.serviceUrl, tenantId: config.tenantId },
            tabDeepLink: link,
            runId: newRunId(),
            clock: () => now().toISOString(),
            ...(config.delivery === undefined ? {} : { policy: config.delivery }),
            ...(config.concurrency === undefined ? {} : { concurrency: config.concurrency }),
            log: (line) => {
              config.log.info(`[job] ${line}`);
            },
          }),
        );
      }
      return reports;
    },
    handleMessage: (request) => bot.handle(request),
  };
}
