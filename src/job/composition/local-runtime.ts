import { createLocalTokenProvider } from '../../adapters/auth/local-token-provider';
import type { Clock } from '../../adapters/bot/rate-limiter';
import type { BotLog } from '../../adapters/bot/safe-logger';
import type { ReminderReport } from '../../app/send-monthly-reminders';
import type { PostRetryPolicy } from '../../adapters/bot/post-retry';
import type { DeliveryPolicy } from '../../core/reminders/delivery-decision';
import { formatReports, summarise } from '../report-format';
import { createReminderRuntime, type ReminderRuntime } from './reminder-runtime';

/** `TEAMS_APP_ID` of env/.env.local: the local app package's id, for the tab deep links. */
export const LOCAL_TEAMS_APP_ID = '00000000-0000-4000-8000-000000000001';

/** The messaging endpoint the emulator's Bot Connector posts to (its `botEndpoint` option). */
export const LOCAL_BOT_ENDPOINT = '/api/messages';

/**
 * What the local runtime needs of the running emulator, by shape: `src/job` does not import the
 * emulator (it is the composition's counterpart, not a dependency), so a `RunningEmulator` is
 * passed in and read through this type.
 */
export type LocalEmulator = {
  readonly url: string;
  readonly graphBaseUrl: string;
  readonly siteId: string;
  readonly context: {
    readonly router: {
      add(
        method: string,
        pattern: string,
        handler: (request: {
          readonly headers: Readonly<Record<string, string>>;
          readonly body: unknown;
        }) => Promise<{ readonly status: number; readonly body?: unknown }>,
        options: {
          readonly kind: string;
          readonly auth: 'none';
          readonly errors: 'graph';
          readonly faultable: boolean;
        },
      ): void;
    };
  };
};

export type LocalRuntimeOptions = {
  /** The emulator's origin, e.g. `http://127.0.0.1:4010`. */
  readonly emulatorUrl: string;
  /** The site to remind; read from the emulator (`/sites/root`) when not given. */
  readonly siteId?: string;
  /** List GUIDs by name, as `INTEGRITY_LIST_IDS` gives them in a tenant; by name when not given. */
  readonly listIds?: Readonly<Record<string, string>>;
  readonly now?: () => Date;
  readonly clock?: Clock;
  readonly log: BotLog;
  readonly teamsAppId?: string;
  readonly postRetry?: Partial<PostRetryPolicy>;
  readonly delivery?: Partial<DeliveryPolicy>;
  readonly concurrency?: number;
};

function claimsOf(token: string): { appid?: unknown; tid?: unknown } {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
    appid?: unknown;
    tid?: unknown;
  };
}

/**
 * The job and the bot in local mode, against the emulator: the app identity's token from
 * `/_local/token` (for the Bot Connector and Graph alike), the bot's id and tenant from that
 * token's claims, the emulator as Bot Connector, and inbound activities accepted without a Bot
 * Framework token (local mode only: see `BotMode`).
 */
export async function createLocalRuntime(options: LocalRuntimeOptions): Promise<ReminderRuntime> {
  const now = options.now ?? ((): Date => new Date());
  // Token lifetimes are the emulator's (real) time, whatever instant the job decides for.
  const tokens = createLocalTokenProvider({ origin: options.emulatorUrl });
  const signedIn = await tokens.signIn('app');
  if (!signedIn.ok) {
    throw new Error(
      `the emulator at ${options.emulatorUrl} gave no app token (${signedIn.error.code})`,
    );
  }
  const claims = claimsOf(await tokens.getToken());
  if (typeof claims.appid !== 'string' || typeof claims.tid !== 'string') {
    throw new Error('the emulator’s app token has no appid or tid claim');
  }
  const graphBaseUrl = `${options.emulatorUrl.replace(/\/+$/, '')}/v1.0`;
  let siteId = options.siteId;
  if (siteId === undefined) {
    const response = await fetch(`${graphBaseUrl}/sites/root`, {
      headers: { authorization: `Bearer ${await tokens.getToken()}` },
    });
    if (!response.ok) throw new Error(`the emulator's root site: HTTP ${response.status}`);
    siteId = ((await response.json()) as { id: string }).id;
  }
  return createReminderRuntime({
    mode: 'local',
    clientId: claims.appid,
    tenantId: claims.tid,
    token: () => tokens.getToken(),
    graphTokens: tokens,
    serviceUrl: options.emulatorUrl,
    graphBaseUrl,
    teamsAppId: options.teamsAppId ?? LOCAL_TEAMS_APP_ID,
    sites: [options.listIds === undefined ? { siteId } : { siteId, listIds: options.listIds }],
    log: options.log,
    now,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.postRetry === undefined ? {} : { postRetry: options.postRetry }),
    ...(options.delivery === undefined ? {} : { delivery: options.delivery }),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
  });
}

export type LocalBotAndJob = {
  readonly runtime: ReminderRuntime;
  /** Runs one pass now (the timer's passes never overlap with it). */
  runNow(): Promise<readonly ReminderReport[]>;
  /** Stops the timer and waits for a pass in progress. */
  stop(): Promise<void>;
};

export type StartLocalOptions = {
  readonly emulator: LocalEmulator;
  /** The job's clock; the real wall clock by default (the core reads it in Europe/Brussels). */
  readonly now?: () => Date;
  /** Between passes; one minute by default. */
  readonly intervalMs?: number;
  readonly log?: BotLog;
};

/**
 * `npm start`'s bot and job: mounts the bot on the emulator's server at `/api/messages` and runs
 * the monthly job every minute against the emulator, logging what it posts. The emulator must have
 * been started with `botConnector({ botEndpoint: '/api/messages' })` among its `extraRoutes`.
 */
export async function startLocalReminders(options: StartLocalOptions): Promise<LocalBotAndJob> {
  const log: BotLog = options.log ?? {
    info: (line) => {
      console.info(line);
    },
    warn: (line) => {
      console.warn(line);
    },
    error: (line) => {
      console.error(line);
    },
  };
  const runtime = await createLocalRuntime({
    emulatorUrl: options.emulator.url,
    siteId: options.emulator.siteId,
    log,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  options.emulator.context.router.add(
    'POST',
    LOCAL_BOT_ENDPOINT,
    (request) => runtime.handleMessage({ headers: request.headers, body: request.body }),
    { kind: 'bot', auth: 'none', errors: 'graph', faultable: false },
  );

  const clock = options.now ?? ((): Date => new Date());
  let running: Promise<readonly ReminderReport[]> | null = null;
  const pass = (): Promise<readonly ReminderReport[]> => {
    running ??= runtime
      .runOnce(clock())
      .then((reports) => {
        const summary = summarise(reports);
        // Quiet minutes stay quiet: only passes that posted or need attention are logged.
        if (summary.sent + summary.failed + summary.faults > 0) {
          for (const line of formatReports(reports)) log.info(`[job] ${line}`);
        }
        return reports;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const tick = (): void => {
    pass().catch((error: unknown) => {
      log.error(`[job] pass failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  };
  const timer = setInterval(tick, options.intervalMs ?? 60_000);
  timer.unref();
  tick();

  return {
    runtime,
    runNow: pass,
    async stop() {
      clearInterval(timer);
      if (running !== null) await running.catch(() => undefined);
    },
  };
}
