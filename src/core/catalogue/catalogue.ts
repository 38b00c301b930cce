import { IMF_CATEGORIES } from './categories';
import type {
  Approach,
  CatalogueCategory,
  CatalogueElement,
  CategoryId,
  ElementId,
  ImfFunction,
  Layer,
  Pillar,
} from './catalogue.types';
import { DETERMINE_INSTRUMENTS } from './instruments.determine';
import { GUIDE_INSTRUMENTS } from './instruments.guide';
import { MONITOR_ENFORCE_INSTRUMENTS } from './instruments.monitor-enforce';
import { PROCESS_ELEMENTS } from './processes';
import { STRUCTURE_ELEMENTS } from './structures';

const ELEMENT_DATA = [
  ...DETERMINE_INSTRUMENTS,
  ...GUIDE_INSTRUMENTS,
  ...MONITOR_ENFORCE_INSTRUMENTS,
  ...PROCESS_ELEMENTS,
  ...STRUCTURE_ELEMENTS,
] as const;

/** The id of an element that exists in the catalogue; lets data that names elements be checked. */
export type KnownElementId = (typeof ELEMENT_DATA)[number]['id'];

/** Every IMF element, grouped by category in the order of {@link CATEGORIES}. */
export const CATALOGUE: readonly CatalogueElement[] = ELEMENT_DATA;

/** The catalogue's categories in display order: instruments F1–F4, processes, structures. */
export const CATEGORIES: readonly CatalogueCategory[] = IMF_CATEGORIES;

const ELEMENT_BY_ID: ReadonlyMap<ElementId, CatalogueElement> = new Map(
  CATALOGUE.map((element) => [element.id, element]),
);

const CATEGORY_BY_ID: ReadonlyMap<CategoryId, CatalogueCategory> = new Map(
  CATEGORIES.map((category) => [category.id, category]),
);

/**
 * Looks up a catalogue element by its stable id.
 *
 * @param id - an element id such as `ins.determine.needs.risk-analysis`
 * @returns the element, or `undefined` when no element has that id (e.g. a rating stored against
 *   an element that a later catalogue version no longer has)
 */
export function findElement(id: ElementId): CatalogueElement | undefined {
  return ELEMENT_BY_ID.get(id);
}

/**
 * The criteria of the catalogue picker. Every criterion that is set must hold; an unset one does
 * not filter. `undefined` is accepted so that a picker can pass its empty selections straight on.
 */
export type ElementFilter = {
  readonly pillar?: Pillar | undefined;
  /** Only instruments have a function: setting it leaves out every process and structure. */
  readonly function?: ImfFunction | undefined;
  readonly layer?: Layer | undefined;
  /**
   * `controlling` and `stimulating` also match elements that are `both`, since those serve either
   * side of the balance; `both` matches only elements that are `both`.
   */
  readonly approach?: Approach | undefined;
  readonly category?: CategoryId | undefined;
};

/**
 * The catalogue elements that meet every criterion of the filter, in catalogue order.
 *
 * @param filter - the criteria to combine; an empty filter returns the whole catalogue
 * @returns the matching elements, possibly none (e.g. processes filtered on a function)
 */
export function elementsOf(filter: ElementFilter = {}): readonly CatalogueElement[] {
  return CATALOGUE.filter(
    (element) =>
      (filter.pillar === undefined || element.pillar === filter.pillar) &&
      (filter.function === undefined ||
        (element.pillar === 'instruments' && element.function === filter.function)) &&
      (filter.layer === undefined || element.layer === filter.layer) &&
      (filter.approach === undefined || approachMatches(element.approach, filter.approach)) &&
      (filter.category === undefined || element.category === filter.category),
  );
}

function approachMatches(actual: Approach, wanted: Approach): boolean {
  return actual === wanted || (actual === 'both' && wanted !== 'both');
}

/**
 * The category an element belongs to.
 *
 * @param element - a catalogue element
 * @returns its category
 * @throws Error when the element names a category the catalogue does not have; catalogue data
 *   cannot do that (the tests guard it), so this signals an element built elsewhere by mistake
 */
export function categoryOf(element: CatalogueElement): CatalogueCategory {
  const category = CATEGORY_BY_ID.get(element.category);
  if (category === undefined) {
    throw new Error(`Element ${element.id} names unknown category ${element.category}`);
  }
  return category;
}
