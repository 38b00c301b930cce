import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../core/catalogue/catalogue';
import type { PlanBundle } from '../../core/plan/plan.types';
import { PLAN_DOCUMENT_LABELS } from './export-labels';
import { formatEur } from './export-format';
import { buildPlanContent } from './plan-content';
import type { DocumentBlock, PlanDocumentContent } from './plan-content';
import { DEMO_BUNDLE, DEMO_GENERATED_AT, DEMO_PLAN } from './test-support/demo-fixture';

function content(bundle: PlanBundle): PlanDocumentContent {
  return buildPlanContent({
    bundle,
    locale: 'en',
    catalogue: CATALOGUE,
    generatedAt: DEMO_GENERATED_AT,
  });
}

/** Every text a block prints, in order. */
function texts(blocks: readonly DocumentBlock[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.kind) {
      case 'heading':
      case 'label':
      case 'paragraph':
        return [block.text];
      case 'bullets':
        return [...block.items];
      case 'fields':
        return block.rows.flatMap((r) => [r.label, r.value]);
      case 'table':
        return [
          ...block.columns.map((c) => c.header),
          ...block.rows.flatMap((r) => r.cells.flatMap((cell) => cell.map((p) => p.text))),
        ];
    }
  });
}

describe('plan content', () => {
  it('always has the seven sections, saying so when one is empty', () => {
    const empty = content({
      plan: DEMO_PLAN,
      strategicObjectives: [],
      objectives: [],
      actions: [],
      arrangements: [],
    });
    expect(empty.sections.map((s) => s.section)).toEqual([
      'identification',
      'ambition',
      'instruments',
      'actors',
      'monitoring',
      'evaluation',
      'communication',
    ]);
    for (const section of empty.sections.slice(2)) {
      expect(texts(section.blocks)).toContain(PLAN_DOCUMENT_LABELS.nothingRecorded.en);
    }
  });

  it('keeps items whose objective the plan does not have, at the end of their section', () => {
    const lost: PlanBundle = {
      ...DEMO_BUNDLE,
      objectives: [
        ...DEMO_BUNDLE.objectives,
        {
          ...DEMO_BUNDLE.objectives[0]!,
          id: 'oo-x',
          strategicObjectiveId: 'so-gone',
          title: 'Lost objective',
          order: 9,
        },
      ],
      actions: [
        ...DEMO_BUNDLE.actions,
        { ...DEMO_BUNDLE.actions[0]!, id: 'a-x', objectiveId: 'oo-gone', title: 'Lost action' },
      ],
      arrangements: [
        ...DEMO_BUNDLE.arrangements,
        {
          kind: 'monitoring',
          id: 'm-x',
          planId: DEMO_PLAN.id,
          objectiveId: 'oo-gone',
          mode: 'active',
          how: 'Lost monitoring',
          byWhom: 'DIT',
          frequency: 'monthly',
        },
      ],
    };
    const sections = content(lost).sections;
    const ambition = texts(sections[1]!.blocks);
    expect(ambition).toContain(PLAN_DOCUMENT_LABELS.objectivesWithoutStrategic.en);
    expect(ambition).toContain('OO 0.1 Lost objective');
    const instruments = texts(sections[2]!.blocks);
    expect(instruments.indexOf('Lost action')).toBeGreaterThan(
      instruments.indexOf(PLAN_DOCUMENT_LABELS.actionsWithoutObjective.en),
    );
    expect(texts(sections[4]!.blocks)).toContain('Lost monitoring');
  });

  it('totals the resources without cancelled actions and reports the SMART check', () => {
    const sections = content({
      ...DEMO_BUNDLE,
      objectives: DEMO_BUNDLE.objectives.map((o, i) =>
        i === 0 ? { ...o, unit: ' ', owner: null, targetValue: o.baselineValue } : o,
      ),
    }).sections;
    const instruments = texts(sections[2]!.blocks);
    expect(instruments).toContain(formatEur(14_350.75, 'en'));
    expect(instruments).not.toContain(formatEur(14_350.75 + 12_000, 'en'));
    const smart = texts(sections[1]!.blocks).find((t) => t.startsWith('Incomplete'));
    expect(smart).toBe(
      'Incomplete; missing: Unit, Owner\nThe target value equals the baseline value (20): no change is aimed for.',
    );
  });
});
