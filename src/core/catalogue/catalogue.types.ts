import type { LocalizedText } from '../shared/locale';

/** The three pillars of Maesschalck's Integrity Management Framework. */
export const PILLARS = ['instruments', 'processes', 'structures'] as const;
export type Pillar = (typeof PILLARS)[number];

/**
 * The four functions instruments serve: F1 determine & define, F2 guide, F3 monitor, F4 enforce.
 */
export const IMF_FUNCTIONS = ['determine', 'guide', 'monitor', 'enforce'] as const;
export type ImfFunction = (typeof IMF_FUNCTIONS)[number];

/** Each pillar has a core layer (integrity is the main aim) and a complementary one (HRM, ...). */
export const LAYERS = ['core', 'complementary'] as const;
export type Layer = (typeof LAYERS)[number];

/** Rules and control versus values and culture; a sound policy balances the two. */
export const APPROACHES = ['controlling', 'stimulating', 'both'] as const;
export type Approach = (typeof APPROACHES)[number];

/** Stable id of a catalogue element, e.g. `ins.determine.needs.risk-analysis`. */
export type ElementId = string;

/** Stable id of a category (a group of elements within a pillar, e.g. `ins.guide.training`). */
export type CategoryId = string;

export type CatalogueCategory = {
  readonly id: CategoryId;
  readonly pillar: Pillar;
  /** Only for the instruments pillar. */
  readonly function?: ImfFunction;
  readonly label: LocalizedText;
};

type ElementBase = {
  readonly id: ElementId;
  readonly category: CategoryId;
  readonly layer: Layer;
  readonly approach: Approach;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
};

export type InstrumentElement = ElementBase & {
  readonly pillar: 'instruments';
  readonly function: ImfFunction;
};

export type ProcessElement = ElementBase & {
  readonly pillar: 'processes';
};

export type StructureElement = ElementBase & {
  readonly pillar: 'structures';
  /** Entity level (leaders, integrity officers, horizontal domains) or supralocal (AIG, ...). */
  readonly level: 'entity' | 'supralocal';
};

export type CatalogueElement = InstrumentElement | ProcessElement | StructureElement;
