/**
 * Request counters for benchmarks ("requests per dashboard load"). Outer HTTP requests and the
 * inner requests of `$batch` are counted apart, so a batched screen load shows as one round trip
 * with its inner requests beside it. `/_emulator/*` itself is not counted.
 */
export type StatsSnapshot = {
  readonly since: string;
  readonly total: number;
  readonly byMethod: Readonly<Record<string, number>>;
  readonly byKind: Readonly<Record<string, number>>;
  readonly byMethodAndKind: Readonly<Record<string, number>>;
  readonly batchInner: {
    readonly total: number;
    readonly byKind: Readonly<Record<string, number>>;
    readonly byMethodAndKind: Readonly<Record<string, number>>;
  };
  readonly faults: Readonly<Record<string, number>>;
};

function bump(record: Record<string, number>, key: string): void {
  record[key] = (record[key] ?? 0) + 1;
}

export class RequestStats {
  private since: Date;
  private total = 0;
  private byMethod: Record<string, number> = {};
  private byKind: Record<string, number> = {};
  private byMethodAndKind: Record<string, number> = {};
  private innerTotal = 0;
  private innerByKind: Record<string, number> = {};
  private innerByMethodAndKind: Record<string, number> = {};
  private faults: Record<string, number> = {};

  constructor(private readonly now: () => Date) {
    this.since = now();
  }

  record(method: string, kind: string, inBatch: boolean): void {
    if (inBatch) {
      this.innerTotal++;
      bump(this.innerByKind, kind);
      bump(this.innerByMethodAndKind, `${method} ${kind}`);
      return;
    }
    this.total++;
    bump(this.byMethod, method);
    bump(this.byKind, kind);
    bump(this.byMethodAndKind, `${method} ${kind}`);
  }

  recordFault(what: string): void {
    bump(this.faults, what);
  }

  snapshot(): StatsSnapshot {
    return {
      since: this.since.toISOString(),
      total: this.total,
      byMethod: { ...this.byMethod },
      byKind: { ...this.byKind },
      byMethodAndKind: { ...this.byMethodAndKind },
      batchInner: {
        total: this.innerTotal,
        byKind: { ...this.innerByKind },
        byMethodAndKind: { ...this.innerByMethodAndKind },
      },
      faults: { ...this.faults },
    };
  }

  reset(): void {
    this.since = this.now();
    this.total = 0;
    this.byMethod = {};
    this.byKind = {};
    this.byMethodAndKind = {};
    this.innerTotal = 0;
    this.innerByKind = {};
    this.innerByMethodAndKind = {};
    this.faults = {};
  }
}
