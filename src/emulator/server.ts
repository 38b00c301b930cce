import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Persona } from './auth/personas';
import { registerTokenRoutes } from './auth/token-routes';
import { TokenService } from './auth/tokens';
import type { EmulatorContext, PipelineRequest, PipelineResult, RouteModule } from './context';
import { FaultInjector, type FaultConfig } from './faults';
import { registerBatchRoute } from './graph/batch';
import { registerDriveRoutes } from './graph/drive-routes';
import { registerItemRoutes } from './graph/items-routes';
import { registerListRoutes } from './graph/lists-routes';
import { registerSiteRoutes } from './graph/sites-routes';
import { registerTeamsRoutes } from './graph/teams-routes';
import { registerVersionRoutes } from './graph/versions-routes';
import { createRequestListener } from './http/node-listener';
import { createPipeline } from './http/pipeline';
import { Router } from './http/router';
import { registerOpsRoutes } from './ops-routes';
import { seedDatabase, type SeedMode } from './seed/demo-seed';
import { registerEffectivePermissionsRoute } from './sharepoint/effective-permissions-route';
import { registerSharePointBatchRoute } from './sharepoint/rest-batch';
import { registerSharePointRestRoutes } from './sharepoint/rest-routes';
import { RequestStats } from './stats';
import { clearData, openDb, readMeta, writeMeta } from './store/db';
import { assertTimeZone } from './store/site-dates';
import { allSites } from './store/sites-store';

export type { Persona } from './auth/personas';
export type { FaultConfig } from './faults';
export type { EmulatorContext, RouteModule } from './context';
export type { EmuRequest, EmuResponse, RouteOptions } from './http/router';

export type EmulatorOptions = {
  /** Loopback only; default `127.0.0.1`. */
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** SQLite file, or `:memory:` (default). */
  dbPath?: string;
  /** What a fresh (or reset) database is seeded with; default `demo`. */
  seed?: SeedMode;
  faults?: FaultConfig;
  now?: () => Date;
  /** Reseed even when the database already holds data (`npm start -- --reset`). */
  reset?: boolean;
  /** The site's regional time zone (IANA); default `Europe/Brussels`. */
  siteTimeZone?: string;
  /**
   * With `seed: 'empty'`: whether the manifest's lists exist (as after provisioning, the default)
   * or the site is bare, for running provisioning against it.
   */
  provisionLists?: boolean;
  /** More routes on the same server (Bot Connector, static tab, Teams host page). */
  extraRoutes?: readonly RouteModule[];
};

export type RunningEmulator = {
  /** e.g. `http://127.0.0.1:54321` */
  url: string;
  /** `url + '/v1.0'` */
  graphBaseUrl: string;
  siteId: string;
  siteUrl: string;
  groupId: string;
  tokenFor(persona: Persona): string;
  setFaults(faults: FaultConfig | null): void;
  /** The emulator's internals, for route modules added after start and for tests. */
  context: EmulatorContext;
  close(): Promise<void>;
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/**
 * Starts the local Microsoft 365 emulator: Graph lists (`/v1.0`), the SharePoint REST calls
 * provisioning makes (`/sites/{site}/_api`), local sign-in (`/_local`) and test endpoints
 * (`/_emulator`) on one loopback port, backed by SQLite.
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host)) throw new Error(`The emulator only listens on loopback, not ${host}`);
  const now = options.now ?? ((): Date => new Date());
  const seedMode: SeedMode = options.seed ?? 'demo';
  const timeZone = options.siteTimeZone ?? 'Europe/Brussels';
  assertTimeZone(timeZone);

  const db = openDb(options.dbPath ?? ':memory:');
  const reseed = (): void => {
    clearData(db);
    seedDatabase(db, { mode: seedMode, timeZone, provisionLists: options.provisionLists ?? true });
    writeMeta(db, 'seed', seedMode);
  };
  if (options.reset === true || allSites(db).length === 0 || readMeta(db, 'seed') === undefined)
    reseed();

  const router = new Router();
  // A fresh signing secret per process (a restart invalidates old tokens, like a key rollover),
  // kept in the database's meta table beside the data it guards.
  const secret = randomBytes(32);
  writeMeta(db, 'token-secret', secret.toString('hex'));
  const tokens = new TokenService(now, secret);
  const faults = new FaultInjector(options.faults ?? null);
  const stats = new RequestStats(now);
  const dispatch = createPipeline({ router, tokens, faults, stats, now });
  let baseUrl = '';
  const context: EmulatorContext = {
    db,
    now,
    tokens,
    faults,
    stats,
    router,
    baseUrl: () => baseUrl,
    dispatch: (req: PipelineRequest): Promise<PipelineResult> => dispatch(req),
    reseed,
  };

  for (const module of options.extraRoutes ?? []) module(context);
  registerTokenRoutes(context);
  registerOpsRoutes(context);
  registerBatchRoute(context);
  registerListRoutes(context);
  registerItemRoutes(context);
  registerVersionRoutes(context);
  registerTeamsRoutes(context);
  registerEffectivePermissionsRoute(context);
  registerSharePointBatchRoute(context);
  registerSharePointRestRoutes(context);
  registerDriveRoutes(context);
  // Last: it holds the `sites/{host}:/{path}` catch-all.
  registerSiteRoutes(context);

  const server = createServer(createRequestListener(router, dispatch, () => baseUrl));
  server.keepAliveTimeout = 5_000;
  let address: AddressInfo;
  try {
    address = await listen(server, host, options.port ?? 0);
  } catch (error) {
    db.close();
    throw error;
  }
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  baseUrl = `http://${hostForUrl}:${address.port}`;

  const site = allSites(db)[0];
  if (site === undefined) throw new Error('the emulator has no site after seeding');

  return {
    url: baseUrl,
    graphBaseUrl: `${baseUrl}/v1.0`,
    siteId: site.id,
    siteUrl: `${baseUrl}/${site.urlPath}`,
    groupId: site.groupId,
    tokenFor: (persona) => tokens.issue(persona),
    setFaults: (f) => {
      faults.set(f);
    },
    context,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          db.close();
          if (error !== undefined) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
