/** One measured figure. `target` states the budget the issue set, when there is one. */
export type Figure = {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  readonly better: 'lower' | 'higher';
  readonly target?: number;
  readonly note?: string;
};

/** A benchmark module exports `benchmark`: it measures and returns figures; it asserts nothing. */
export type Benchmark = {
  readonly name: string;
  run(): Promise<readonly Figure[]>;
};
