import { GraphError } from './graph/errors';

/**
 * Fault injection (issue: "Fault injection by configuration … or per request header"). SharePoint
 * throttles with 429 or 503 plus `Retry-After` (m365-platform-facts §1.11); connections also drop.
 */
export type FaultConfig = {
  /** Probability (0..1) that a request is answered with one of `statuses`. */
  readonly rate?: number;
  /** Statuses to pick from, uniformly; default [429, 503]. */
  readonly statuses?: readonly number[];
  /** `Retry-After` seconds on injected faults; default 1. */
  readonly retryAfterSeconds?: number;
  /** Added to every faultable request. */
  readonly latencyMs?: number;
  /** Probability (0..1) that the connection is destroyed without a response. */
  readonly dropRate?: number;
  /** PRNG seed: the same seed and request sequence give the same faults. */
  readonly seed?: number;
};

export type FaultDecision = {
  readonly drop: boolean;
  readonly latencyMs: number;
  /** An injected error status, or undefined for none. */
  readonly status: number | undefined;
  readonly retryAfterSeconds: number;
};

/** mulberry32: small, fast, and deterministic for a given seed. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function headerNumber(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

export class FaultInjector {
  private config: FaultConfig | null = null;
  private random: () => number = mulberry32(1);

  constructor(config: FaultConfig | null) {
    this.set(config);
  }

  /** Replaces the configuration and restarts the PRNG from the configured seed. */
  set(config: FaultConfig | null): void {
    for (const [name, value] of [
      ['rate', config?.rate],
      ['dropRate', config?.dropRate],
    ] as const) {
      if (value !== undefined && (value < 0 || value > 1)) {
        throw new Error(`faults.${name} must be between 0 and 1, got ${value}`);
      }
    }
    this.config = config;
    this.random = mulberry32(config?.seed ?? 1);
  }

  current(): FaultConfig | null {
    return this.config;
  }

  /**
   * Decides the faults of one request. Headers (`x-emulator-fault`, `-retry-after`, `-latency`,
   * `-drop`) force a fault; the configuration draws from the seeded PRNG when `useConfig` is set.
   */
  decide(headers: Readonly<Record<string, string>>, useConfig: boolean): FaultDecision {
    const config = useConfig ? this.config : null;
    const retryAfterSeconds =
      headerNumber(headers['x-emulator-retry-after']) ?? config?.retryAfterSeconds ?? 1;
    const forcedDrop = headers['x-emulator-drop'] === '1' || headers['x-emulator-drop'] === 'true';
    const drop =
      forcedDrop ||
      (config?.dropRate !== undefined && config.dropRate > 0 && this.random() < config.dropRate);
    const latencyMs = headerNumber(headers['x-emulator-latency']) ?? config?.latencyMs ?? 0;
    let status = headerNumber(headers['x-emulator-fault']);
    if (status === undefined && config?.rate !== undefined && config.rate > 0) {
      if (this.random() < config.rate) {
        const statuses = config.statuses ?? [429, 503];
        status = statuses[Math.floor(this.random() * statuses.length)] ?? 429;
      }
    }
    return { drop, latencyMs, status, retryAfterSeconds };
  }
}

/** The error a throttled or failing request gets, with its `Retry-After`. */
export function faultError(status: number, retryAfterSeconds: number): GraphError {
  const headers = { 'Retry-After': String(retryAfterSeconds) };
  switch (status) {
    case 429:
      // The body SharePoint returns through Graph when throttling (Microsoft Q&A 648796).
      return new GraphError(429, 'activityLimitReached', 'The request has been throttled', {
        innerCode: 'throttledRequest',
        headers,
      });
    case 503:
      return new GraphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable.', {
        headers,
      });
    case 504:
      return new GraphError(504, 'UnknownError', 'The gateway timed out.', { headers });
    default:
      return new GraphError(status, 'generalException', 'An injected fault occurred.', {
        headers,
      });
  }
}
