import type { TokenService } from './auth/tokens';
import type { FaultInjector } from './faults';
import type { EmuResponse, Router } from './http/router';
import type { RequestStats } from './stats';
import type { Db } from './store/db';

/** A request entering the pipeline, from the socket or from inside a `$batch`. */
export type PipelineRequest = {
  readonly method: string;
  readonly url: URL;
  readonly headers: Readonly<Record<string, string>>;
  readonly rawBody: string;
  /** Set for inner `$batch` requests (their body is JSON already). */
  readonly parsedBody?: unknown;
  readonly inBatch: boolean;
};

/** The pipeline's answer: a response, or an instruction to destroy the socket (a dropped link). */
export type PipelineResult = EmuResponse | { readonly drop: true };

/** Everything route modules need; passed to each RouteModule when the server starts. */
export type EmulatorContext = {
  readonly db: Db;
  readonly now: () => Date;
  readonly tokens: TokenService;
  readonly faults: FaultInjector;
  readonly stats: RequestStats;
  readonly router: Router;
  /** `http://127.0.0.1:<port>` once listening. */
  readonly baseUrl: () => string;
  /** Runs a request through routing, faults, auth and the handler. */
  readonly dispatch: (req: PipelineRequest) => Promise<PipelineResult>;
  /** Clears all data and seeds again as configured. */
  readonly reseed: () => void;
};

/** Registers routes on the emulator; other files in src/emulator export one of these. */
export type RouteModule = (ctx: EmulatorContext) => void;

/** SharePoint and Graph timestamps: ISO 8601 UTC without fractions (`2026-11-28T09:00:00Z`). */
export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
