import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImfFunction } from '../catalogue/catalogue.types';
import { IMF_FUNCTIONS } from '../catalogue/catalogue.types';
import { BUILT_IN_PROMPTS } from './prompt-library';
import type { PromptChoice, PromptUse } from './prompt-rotation';
import { NO_REPEAT_MONTHS, buildPromptPool, choosePrompt } from './prompt-rotation';
import type { DialoguePrompt } from './prompt.types';
import {
  customRow,
  localized,
  makePrompt,
  monthsFrom,
  promptsOf,
  simulate,
} from './test-support/prompt.fixtures';

const SEED = 'zone-5339|19:channel@thread.tacv2';

function chosen(
  result: ReturnType<typeof choosePrompt>,
): Extract<PromptChoice, { kind: 'chosen' }> {
  if (!result.ok) throw new Error(`expected a choice, got ${result.error.code}`);
  if (result.value.kind !== 'chosen') throw new Error('expected a choice, got exhausted');
  return result.value;
}

const functionOf = (key: string): ImfFunction => {
  const prompt = BUILT_IN_PROMPTS.find((p) => p.key === key);
  if (prompt === undefined) throw new Error(`unknown key ${key}`);
  return prompt.function;
};

const seedArb = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '');
const startArb = fc
  .record({ year: fc.integer({ min: 2000, max: 2200 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`);

/** Every pair of uses of one key in a team's history is at least 12 months apart. */
function expectNoRepeatWithinYear(history: readonly PromptUse[]): void {
  const index = (period: string) => {
    const [y, m] = period.split('-').map(Number) as [number, number];
    return y * 12 + m;
  };
  const lastSeen = new Map<string, number>();
  for (const use of history) {
    const month = index(use.period);
    const previous = lastSeen.get(use.key);
    if (previous !== undefined) expect(month - previous).toBeGreaterThanOrEqual(NO_REPEAT_MONTHS);
    lastSeen.set(use.key, month);
  }
}

describe('choosePrompt', () => {
  it('chooses a built-in prompt for a team without history', () => {
    const choice = chosen(
      choosePrompt({ prompts: BUILT_IN_PROMPTS, history: [], period: '2027-01', teamSeed: SEED }),
    );
    expect(BUILT_IN_PROMPTS).toContain(choice.prompt);
    expect(choice.basis).toBe('least-used-function');
    expect(choice.rejected).toEqual([]);
  });

  it('is deterministic: the same inputs give the same prompt', () => {
    fc.assert(
      fc.property(seedArb, startArb, (teamSeed, period) => {
        const input = { prompts: BUILT_IN_PROMPTS, history: [], period, teamSeed };
        expect(chosen(choosePrompt(input)).prompt.key).toBe(chosen(choosePrompt(input)).prompt.key);
      }),
    );
  });

  it('does not depend on the order of the history', () => {
    const { history } = simulate({
      prompts: BUILT_IN_PROMPTS,
      teamSeed: SEED,
      start: '2026-01',
      months: 20,
    });
    fc.assert(
      fc.property(fc.shuffledSubarray(history, { minLength: history.length }), (shuffled) => {
        const a = choosePrompt({
          prompts: BUILT_IN_PROMPTS,
          history,
          period: '2027-09',
          teamSeed: SEED,
        });
        const b = choosePrompt({
          prompts: BUILT_IN_PROMPTS,
          history: shuffled,
          period: '2027-09',
          teamSeed: SEED,
        });
        expect(chosen(b).prompt.key).toBe(chosen(a).prompt.key);
      }),
      { numRuns: 30 },
    );
  });

  it('gives different teams different orders', () => {
    const order = (teamSeed: string) =>
      simulate({ prompts: BUILT_IN_PROMPTS, teamSeed, start: '2027-01', months: 12 }).picks.join();
    expect(order('zone-5339')).not.toBe(order('zone-5340'));
    const firsts = new Set(
      Array.from(
        { length: 40 },
        (_, i) =>
          chosen(
            choosePrompt({
              prompts: BUILT_IN_PROMPTS,
              history: [],
              period: '2027-01',
              teamSeed: `t${i}`,
            }),
          ).prompt.key,
      ),
    );
    expect(firsts.size).toBeGreaterThan(10);
  });

  it('never repeats a prompt within 12 months, over any 24 consecutive months, for any team', () => {
    fc.assert(
      fc.property(
        seedArb,
        startArb,
        fc.array(fc.option(fc.constantFrom(...IMF_FUNCTIONS), { nil: undefined }), {
          minLength: 24,
          maxLength: 24,
        }),
        (teamSeed, start, preferences) => {
          const { history, picks } = simulate({
            prompts: BUILT_IN_PROMPTS,
            teamSeed,
            start,
            months: 24,
            preferences,
          });
          expect(picks).not.toContain(null);
          expectNoRepeatWithinYear(history);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('keeps the rule when the history before the window is arbitrary', () => {
    fc.assert(
      fc.property(
        seedArb,
        fc.array(fc.constantFrom(...BUILT_IN_PROMPTS.map((p) => p.key)), {
          minLength: 11,
          maxLength: 11,
        }),
        (teamSeed, previousKeys) => {
          // Eleven months of earlier posts, possibly with repeats of their own (an older job).
          const before = monthsFrom('2026-02', 11).map((period, i) => ({
            key: previousKeys[i]!,
            period,
          }));
          const { history } = simulate({
            prompts: BUILT_IN_PROMPTS,
            teamSeed,
            start: '2027-01',
            months: 24,
            history: before,
          });
          const posted = history.slice(before.length);
          for (const [i, use] of posted.entries()) {
            const window = history.slice(0, before.length + i).slice(-(NO_REPEAT_MONTHS - 1));
            expect(window.map((u) => u.key)).not.toContain(use.key);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('shows a team 24 different prompts in its first two years', () => {
    fc.assert(
      fc.property(seedArb, startArb, (teamSeed, start) => {
        const { picks } = simulate({ prompts: BUILT_IN_PROMPTS, teamSeed, start, months: 24 });
        expect(new Set(picks).size).toBe(24);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps the four IMF functions in balance: 2 to 4 times in any 12 months', () => {
    for (let team = 0; team < 40; team += 1) {
      const { picks } = simulate({
        prompts: BUILT_IN_PROMPTS,
        teamSeed: `zone-${team}`,
        start: '2026-01',
        months: 48,
      });
      for (let start = 0; start + 12 <= picks.length; start += 1) {
        const window = picks.slice(start, start + 12).map((key) => functionOf(key!));
        for (const fn of IMF_FUNCTIONS) {
          const count = window.filter((f) => f === fn).length;
          expect(count, `zone-${team} ${fn}`).toBeGreaterThanOrEqual(2);
          expect(count, `zone-${team} ${fn}`).toBeLessThanOrEqual(4);
        }
      }
    }
  });

  it('prefers the function least used in the last 12 months', () => {
    const prompts = [
      ...promptsOf('det', 'determine', 5),
      ...promptsOf('gui', 'guide', 5),
      ...promptsOf('mon', 'monitor', 5),
      ...promptsOf('enf', 'enforce', 5),
    ];
    const history = [
      { key: 'det-1', period: '2026-03' },
      { key: 'gui-1', period: '2026-04' },
      { key: 'mon-1', period: '2026-05' },
      { key: 'det-2', period: '2026-06' },
      { key: 'gui-2', period: '2026-07' },
      { key: 'mon-2', period: '2026-08' },
      // More than 12 months back: does not count for the balance.
      { key: 'mon-3', period: '2025-01' },
      { key: 'mon-4', period: '2025-02' },
    ];
    const choice = chosen(choosePrompt({ prompts, history, period: '2026-09', teamSeed: SEED }));
    expect(choice.prompt.function).toBe('enforce');
    expect(choice.basis).toBe('least-used-function');

    // Enforce now counts once, still the least used: another enforce prompt follows.
    const next = chosen(
      choosePrompt({
        prompts,
        history: [...history, { key: choice.prompt.key, period: '2026-09' }],
        period: '2026-10',
        teamSeed: SEED,
      }),
    );
    expect(next.prompt.function).toBe('enforce');
    expect(next.prompt.key).not.toBe(choice.prompt.key);
  });

  it('counts uses older than the balance window as zero', () => {
    const prompts = [...promptsOf('det', 'determine', 2), ...promptsOf('gui', 'guide', 2)];
    const history = [
      { key: 'gui-1', period: '2024-01' },
      { key: 'gui-2', period: '2024-02' },
      { key: 'det-1', period: '2026-08' },
    ];
    const choice = chosen(choosePrompt({ prompts, history, period: '2026-09', teamSeed: SEED }));
    expect(choice.prompt.function).toBe('guide');
  });

  it('prefers the requested function when it still has a fresh prompt', () => {
    for (const fn of IMF_FUNCTIONS) {
      const choice = chosen(
        choosePrompt({
          prompts: BUILT_IN_PROMPTS,
          history: [],
          period: '2027-03',
          teamSeed: SEED,
          preferFunction: fn,
        }),
      );
      expect(choice.prompt.function).toBe(fn);
      expect(choice.basis).toBe('preferred-function');
    }
  });

  it('falls back to the balance when the preferred function has nothing fresh', () => {
    const prompts = [makePrompt('det-1', 'determine'), ...promptsOf('gui', 'guide', 3)];
    const choice = chosen(
      choosePrompt({
        prompts,
        history: [{ key: 'det-1', period: '2027-01' }],
        period: '2027-02',
        teamSeed: SEED,
        preferFunction: 'determine',
      }),
    );
    expect(choice.prompt.function).toBe('guide');
    expect(choice.basis).toBe('least-used-function');
  });

  it('returns the prompt already recorded for the month, so a re-run posts the same card', () => {
    const history = [
      { key: 'daily-free-coffee', period: '2027-01' },
      { key: 'jokes-in-the-patrol-car', period: '2027-02' },
    ];
    const choice = chosen(
      choosePrompt({ prompts: BUILT_IN_PROMPTS, history, period: '2027-02', teamSeed: SEED }),
    );
    expect(choice.prompt.key).toBe('jokes-in-the-patrol-car');
    expect(choice.basis).toBe('already-chosen');
  });

  it('chooses afresh when the prompt recorded for the month has left the pool', () => {
    const prompts = promptsOf('gui', 'guide', 3);
    const choice = chosen(
      choosePrompt({
        prompts,
        history: [{ key: 'deleted-entity-prompt', period: '2027-02' }],
        period: '2027-02',
        teamSeed: SEED,
      }),
    );
    expect(choice.prompt.key).toMatch(/^gui-/);
    expect(choice.basis).toBe('least-used-function');
  });

  it('ignores history after the requested month', () => {
    const prompts = promptsOf('gui', 'guide', 2);
    const future = [
      { key: 'gui-1', period: '2027-05' },
      { key: 'gui-2', period: '2027-06' },
    ];
    const result = choosePrompt({ prompts, history: future, period: '2027-04', teamSeed: SEED });
    expect(chosen(result).basis).toBe('least-used-function');
  });

  it('lets a prompt return after 12 months, the least recently used first', () => {
    const prompts = promptsOf('p', 'guide', NO_REPEAT_MONTHS);
    const { picks } = simulate({ prompts, teamSeed: SEED, start: '2027-01', months: 24 });
    expect(new Set(picks.slice(0, 12)).size).toBe(12);
    // With exactly 12 prompts the second year repeats the first, month for month.
    expect(picks.slice(12)).toEqual(picks.slice(0, 12));
  });

  it('is exhausted when the pool is smaller than 12 and every prompt was used this year', () => {
    const prompts = promptsOf('p', 'monitor', 11);
    const { picks } = simulate({ prompts, teamSeed: SEED, start: '2027-01', months: 13 });
    expect(picks.slice(0, 11)).not.toContain(null);
    expect(picks[11]).toBeNull();
    // In month 13 the prompt of month 1 is free again.
    expect(picks[12]).toBe(picks[0]);

    const exhausted = choosePrompt({
      prompts: promptsOf('q', 'monitor', 2),
      history: [
        { key: 'q-1', period: '2027-01' },
        { key: 'q-2', period: '2027-02' },
      ],
      period: '2027-03',
      teamSeed: SEED,
    });
    expect(exhausted).toEqual({
      ok: true,
      value: { kind: 'exhausted', activePrompts: 2, rejected: [] },
    });
  });

  it('is exhausted when there are no prompts at all', () => {
    const result = choosePrompt({ prompts: [], history: [], period: '2027-03', teamSeed: SEED });
    expect(result).toEqual({
      ok: true,
      value: { kind: 'exhausted', activePrompts: 0, rejected: [] },
    });
  });

  it('skips inactive prompts', () => {
    const prompts = [
      makePrompt('retired', 'guide', { status: 'inactive' }),
      makePrompt('live', 'enforce'),
    ];
    const { picks } = simulate({ prompts, teamSeed: SEED, start: '2027-01', months: 3 });
    expect(picks).toEqual(['live', null, null]);
  });

  it('includes valid entity and AIG prompts', () => {
    const customPrompts = [
      customRow({ key: 'zone-own-1', function: 'enforce' }),
      customRow({ key: 'aig-national-1', function: 'enforce', source: 'aig' }),
    ];
    const { picks } = simulate({
      prompts: promptsOf('gui', 'guide', 1),
      customPrompts,
      teamSeed: SEED,
      start: '2027-01',
      months: 4,
    });
    expect(new Set(picks)).toEqual(new Set(['gui-1', 'zone-own-1', 'aig-national-1', null]));
    const choice = chosen(
      choosePrompt({
        prompts: BUILT_IN_PROMPTS,
        customPrompts,
        history: [],
        period: '2027-01',
        teamSeed: SEED,
        preferFunction: 'enforce',
      }),
    );
    expect(choice.rejected).toEqual([]);
  });

  it('skips malformed entity prompts with their reasons, and still chooses', () => {
    const customPrompts = [
      customRow({ key: 'good-one' }),
      customRow({ key: 'No Spaces Allowed' }),
      customRow({ key: 'no-tips', tips: [] }),
      'not even an object',
      customRow({ key: 'daily-free-coffee' }),
      customRow({ key: 'sleeping', status: 'inactive' }),
    ];
    const result = choosePrompt({
      prompts: BUILT_IN_PROMPTS,
      customPrompts,
      history: [],
      period: '2027-01',
      teamSeed: SEED,
    });
    const choice = chosen(result);
    expect(choice.rejected.map((r) => [r.index, r.key, r.reasons.map((e) => e.code)])).toEqual([
      [1, 'No Spaces Allowed', ['DIALOGUE.INVALID_KEY']],
      [2, 'no-tips', ['DIALOGUE.TIP_COUNT']],
      [3, null, ['DIALOGUE.INVALID_PROMPT']],
      [4, 'daily-free-coffee', ['DIALOGUE.DUPLICATE_KEY']],
    ]);
  });

  it('never throws on whatever the list holds', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 8 }), seedArb, (rows, teamSeed) => {
        const result = choosePrompt({
          prompts: BUILT_IN_PROMPTS,
          customPrompts: rows,
          history: [],
          period: '2027-01',
          teamSeed,
        });
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.value.rejected.length).toBeLessThanOrEqual(rows.length);
      }),
      { numRuns: 60 },
    );
  });

  it.each(['2027-13', '2027-1', '27-01', '2027-01-01', ''])('refuses the period "%s"', (period) => {
    expect(
      choosePrompt({ prompts: BUILT_IN_PROMPTS, history: [], period, teamSeed: SEED }),
    ).toEqual({
      ok: false,
      error: { code: 'DIALOGUE.INVALID_PERIOD', details: { field: 'period', value: period } },
    });
  });

  it('refuses a history entry with a malformed month and says which one', () => {
    const result = choosePrompt({
      prompts: BUILT_IN_PROMPTS,
      history: [
        { key: 'daily-free-coffee', period: '2027-01' },
        { key: 'jokes-in-the-patrol-car', period: 'February' },
      ],
      period: '2027-03',
      teamSeed: SEED,
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'DIALOGUE.INVALID_PERIOD',
        details: { field: 'history[1].period', value: 'February' },
      },
    });
  });

  it('refuses an empty team seed, which would give every team the same order', () => {
    for (const teamSeed of ['', '   ']) {
      expect(
        choosePrompt({ prompts: BUILT_IN_PROMPTS, history: [], period: '2027-03', teamSeed }),
      ).toEqual({ ok: false, error: { code: 'DIALOGUE.INVALID_TEAM_SEED' } });
    }
  });
});

describe('buildPromptPool', () => {
  it('puts the library first, then the valid added prompts, without inactive ones', () => {
    const prompts: DialoguePrompt[] = [
      makePrompt('a', 'guide'),
      makePrompt('b', 'guide', { status: 'inactive' }),
    ];
    const pool = buildPromptPool({
      prompts,
      customPrompts: [
        customRow({ key: 'c' }),
        customRow({ key: 'b' }),
        customRow({ key: 'd', status: 'inactive' }),
      ],
    });
    expect(pool.prompts.map((p) => p.key)).toEqual(['a', 'c']);
    expect(pool.rejected.map((r) => r.key)).toEqual(['b']);
  });

  it('needs no added prompts', () => {
    expect(buildPromptPool({ prompts: BUILT_IN_PROMPTS }).prompts).toHaveLength(
      BUILT_IN_PROMPTS.length,
    );
  });

  it('throws on a duplicate key in the trusted library, a programming fault', () => {
    const twice = [makePrompt('same', 'guide'), makePrompt('same', 'monitor')];
    expect(() => buildPromptPool({ prompts: twice })).toThrow(RangeError);
  });

  it('keeps the texts of an added prompt as written', () => {
    const pool = buildPromptPool({
      prompts: [],
      customPrompts: [customRow({ title: localized('Ons eigen dilemma') })],
    });
    expect(pool.prompts[0]?.title.nl).toBe('Ons eigen dilemma (nl)');
  });
});
