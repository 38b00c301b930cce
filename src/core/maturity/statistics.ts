/**
 * The median: the middle value, or the mean of the two middle values for an even count (so it may
 * fall halfway between two levels). Null for no values, never 0: an empty group has no maturity.
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] as number;
  if (sorted.length % 2 === 1) return upper;
  return ((sorted[mid - 1] as number) + upper) / 2;
}

/** The smallest value, or null for no values. */
export function minimum(values: readonly number[]): number | null {
  return values.length === 0 ? null : Math.min(...values);
}

/** Population standard deviation (divided by n), or null for no values. */
export function populationStandardDeviation(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const variance = values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / values.length;
  return Math.sqrt(variance);
}
