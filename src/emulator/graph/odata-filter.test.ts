import { describe, expect, it } from 'vitest';
import {
  FilterSyntaxError,
  evaluateFilter,
  filterPaths,
  parseFilter,
  type ValueType,
} from './odata-filter';

function matches(
  filter: string,
  row: Record<string, unknown>,
  types: Record<string, ValueType> = {},
): boolean {
  return evaluateFilter(parseFilter(filter), (path) => ({
    value: row[path],
    type: types[path] ?? 'text',
  }));
}

describe('the $filter parser', () => {
  it('parses comparisons, startswith and precedence of and over or', () => {
    const expr = parseFilter("fields/A eq 'x' or fields/B ne 'y' and startswith(fields/C,'ab')");
    expect(expr.kind).toBe('or');
    expect(filterPaths(expr)).toEqual(['fields/A', 'fields/B', 'fields/C']);
  });

  it('reads doubled quotes, numbers, booleans, null and dates', () => {
    expect(matches("fields/T eq 'it''s'", { 'fields/T': "It's" })).toBe(true);
    expect(matches('fields/N ge 2.5', { 'fields/N': 3 }, { 'fields/N': 'number' })).toBe(true);
    expect(matches('fields/B eq true', { 'fields/B': true }, { 'fields/B': 'boolean' })).toBe(true);
    expect(matches('fields/X eq null', {})).toBe(true);
    expect(
      matches(
        "fields/D lt '2026-02-01'",
        { 'fields/D': '2026-01-31T23:00:00Z' },
        { 'fields/D': 'datetime' },
      ),
    ).toBe(true);
    expect(
      matches(
        'fields/D ge 2026-01-01T00:00:00Z',
        { 'fields/D': '2026-01-01T00:00:00Z' },
        { 'fields/D': 'datetime' },
      ),
    ).toBe(true);
  });

  it('compares text case-insensitively, as SharePoint does, and treats empty as not equal', () => {
    expect(matches("fields/S eq 'ADOPTED'", { 'fields/S': 'adopted' })).toBe(true);
    expect(matches("fields/S ne 'x'", {})).toBe(false);
    expect(matches("startswith(fields/S,'ADO') eq true", { 'fields/S': 'adopted' })).toBe(true);
    expect(matches("not (fields/S eq 'a')", { 'fields/S': 'b' })).toBe(true);
  });

  it('accepts a literal on the left by flipping the operator', () => {
    expect(matches('5 lt fields/N', { 'fields/N': 7 }, { 'fields/N': 'number' })).toBe(true);
  });

  it('rejects malformed filters with a syntax error', () => {
    for (const bad of [
      "fields/A eqq 'x'",
      "fields/A eq 'x",
      'fields/A eq',
      "substringof('a',fields/A)",
      "(fields/A eq 'x'",
      'fields/A eq fields/B',
    ]) {
      expect(() => parseFilter(bad), bad).toThrow(FilterSyntaxError);
    }
  });
});
