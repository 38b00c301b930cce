import type {
  Approach,
  CatalogueElement,
  ImfFunction,
  Layer,
} from '../../catalogue/catalogue.types';
import type { LocalizedText } from '../../shared/locale';

function text(value: string): LocalizedText {
  return { nl: value, fr: value, de: value, en: value };
}

export function anInstrument(
  id: string,
  fn: ImfFunction,
  layer: Layer,
  approach: Approach,
): CatalogueElement {
  return {
    id,
    pillar: 'instruments',
    function: fn,
    category: `ins.${fn}`,
    layer,
    approach,
    label: text(id),
    description: text(id),
  };
}

export function aProcess(id: string, layer: Layer, approach: Approach): CatalogueElement {
  return {
    id,
    pillar: 'processes',
    category: 'pro',
    layer,
    approach,
    label: text(id),
    description: text(id),
  };
}

export function aStructure(id: string, layer: Layer, approach: Approach): CatalogueElement {
  return {
    id,
    pillar: 'structures',
    level: 'entity',
    category: 'str',
    layer,
    approach,
    label: text(id),
    description: text(id),
  };
}

/**
 * A small catalogue with every pillar, both layers, all four functions and all three approaches:
 * 6 instruments (4 core, 2 complementary), 2 processes (1 + 1), 2 structures (1 + 1).
 */
export const FIXTURE_CATALOGUE: readonly CatalogueElement[] = [
  anInstrument('ins.determine.risk-analysis', 'determine', 'core', 'both'),
  anInstrument('ins.determine.recruitment', 'determine', 'complementary', 'controlling'),
  anInstrument('ins.guide.dilemma-training', 'guide', 'core', 'stimulating'),
  anInstrument('ins.guide.onboarding', 'guide', 'complementary', 'stimulating'),
  anInstrument('ins.monitor.spot-checks', 'monitor', 'core', 'controlling'),
  anInstrument('ins.enforce.discipline', 'enforce', 'core', 'controlling'),
  aProcess('pro.pdca', 'core', 'both'),
  aProcess('pro.planning-cycle', 'complementary', 'stimulating'),
  aStructure('str.integrity-officer', 'core', 'stimulating'),
  aStructure('str.hrm', 'complementary', 'both'),
];
