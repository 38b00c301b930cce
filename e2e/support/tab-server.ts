import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { startEmulator, type RunningEmulator } from '../../src/emulator/server';
import type { SeedMode } from '../../src/emulator/seed/demo-seed';
import { staticFiles } from '../../src/emulator/static-files';

export const ROOT = resolve(import.meta.dirname, '..', '..');

/** The production build the e2e tests serve; dist/ is git-ignored. */
const E2E_DIST = join(ROOT, 'dist', 'e2e-web');
const MARKER = join(E2E_DIST, '.built-for');

/**
 * Builds the tab (production mode, as `npm start` does) once per test run. Vitest runs each e2e
 * file in its own module context, so the "once" is kept on disk: the marker names the vitest main
 * process that built it (every file's worker shares that parent).
 */
export async function buildTabOnce(): Promise<string> {
  const runId = String(process.ppid);
  if (existsSync(MARKER) && readFileSync(MARKER, 'utf8') === runId) return E2E_DIST;
  // Vitest sets NODE_ENV=test, and Vite builds for the NODE_ENV it finds: React's development
  // build and JSX runtime. The browser tests test what `npm start` serves, the production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(ROOT, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: E2E_DIST, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  mkdirSync(E2E_DIST, { recursive: true });
  writeFileSync(MARKER, runId);
  return E2E_DIST;
}

export type StartTabOptions = {
  /** `demo` (default): PZ Demo with its plan and measurements; see SeedMode for the others. */
  readonly seed?: SeedMode;
  /** A SQLite file instead of memory, for tests that look at what was persisted. */
  readonly dbPath?: string;
};

/**
 * The emulator seeded with the demo entity (or `options.seed`), serving the built tab from its
 * own origin on a random loopback port, with a fresh in-memory database: one per test file.
 */
export async function startTab(
  distDir: string,
  options: StartTabOptions = {},
): Promise<RunningEmulator> {
  return startEmulator({
    port: 0,
    dbPath: options.dbPath ?? ':memory:',
    seed: options.seed ?? 'demo',
    extraRoutes: [staticFiles(distDir)],
  });
}

export type RequestStats = {
  readonly total: number;
  readonly byMethodAndKind: Readonly<Record<string, number>>;
  readonly batchInner: { readonly total: number };
};

/** The emulator's request counters (`/_emulator/*` itself is not counted). */
export async function requestStats(emulator: Pick<RunningEmulator, 'url'>): Promise<RequestStats> {
  const response = await fetch(`${emulator.url}/_emulator/stats`);
  return (await response.json()) as RequestStats;
}

export async function resetRequestStats(emulator: Pick<RunningEmulator, 'url'>): Promise<void> {
  await fetch(`${emulator.url}/_emulator/stats/reset`, { method: 'POST' });
}
