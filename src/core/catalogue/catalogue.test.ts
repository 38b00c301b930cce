import { describe, expect, it } from 'vitest';
import { LOCALES } from '../shared/locale';
import { CATALOGUE, CATEGORIES, categoryOf, elementsOf, findElement } from './catalogue';
import type { ElementFilter } from './catalogue';
import { APPROACHES, IMF_FUNCTIONS, LAYERS, PILLARS } from './catalogue.types';
import { SOURCE_EXAMPLES } from './source-examples';
import type { CatalogueElement } from './catalogue.types';

const PILLAR_PREFIX = { instruments: 'ins', processes: 'pro', structures: 'str' } as const;
const KEBAB_SEGMENT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

function functionOf(element: CatalogueElement): string | undefined {
  return element.pillar === 'instruments' ? element.function : undefined;
}

// Apostrophes differ between the seed (' and ’) and the catalogue (’); case differs too.
function normalise(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'");
}

describe('ids', () => {
  it('are unique across elements and across categories', () => {
    expect(duplicates(CATALOGUE.map((element) => element.id))).toEqual([]);
    expect(duplicates(CATEGORIES.map((category) => category.id))).toEqual([]);
  });

  it('are dotted kebab-case, prefixed by pillar and, for instruments, by function', () => {
    const badCategories = CATEGORIES.filter((category) => {
      const [prefix, ...rest] = category.id.split('.');
      const functionSegmentOk =
        category.pillar !== 'instruments' || (rest.length === 2 && rest[0] === category.function);
      return (
        prefix !== PILLAR_PREFIX[category.pillar] ||
        rest.length === 0 ||
        !rest.every((segment) => KEBAB_SEGMENT.test(segment)) ||
        !functionSegmentOk
      );
    }).map((category) => category.id);
    expect(badCategories).toEqual([]);
  });

  it('of elements extend the id of their category with one kebab-case segment', () => {
    const bad = CATALOGUE.filter((element) => {
      const slug = element.id.slice(element.category.length + 1);
      return !element.id.startsWith(`${element.category}.`) || !KEBAB_SEGMENT.test(slug);
    }).map((element) => element.id);
    expect(bad).toEqual([]);
  });
});

describe('texts', () => {
  it('give every element a non-empty label and description in all four languages', () => {
    const missing = CATALOGUE.flatMap((element) =>
      LOCALES.flatMap((locale) =>
        [element.label[locale], element.description[locale]].some(
          (text) => typeof text !== 'string' || text.trim() === '' || text !== text.trim(),
        )
          ? [`${element.id} ${locale}`]
          : [],
      ),
    );
    expect(missing).toEqual([]);
  });

  it('never repeat the label as the description', () => {
    const same = CATALOGUE.flatMap((element) =>
      LOCALES.filter(
        (locale) => normalise(element.label[locale]) === normalise(element.description[locale]),
      ).map((locale) => `${element.id} ${locale}`),
    );
    expect(same).toEqual([]);
  });

  it('translate every description (no language copied into another)', () => {
    const copied = CATALOGUE.filter(
      (element) => new Set(LOCALES.map((locale) => element.description[locale])).size !== 4,
    ).map((element) => element.id);
    expect(copied).toEqual([]);
  });

  it('write descriptions as one sentence and labels as titles', () => {
    const bad = CATALOGUE.flatMap((element) =>
      LOCALES.flatMap((locale) => {
        const description = element.description[locale];
        const label = element.label[locale];
        const problems: string[] = [];
        if (!description.endsWith('.')) problems.push('description without final full stop');
        if (description.slice(0, -1).includes('. ')) problems.push('description of two sentences');
        if (description.length > 260) problems.push('description too long');
        if (label.endsWith('.')) problems.push('label ends with a full stop');
        if (label.length > 90) problems.push('label too long');
        return problems.map((problem) => `${element.id} ${locale}: ${problem}`);
      }),
    );
    expect(bad).toEqual([]);
  });

  it('keep labels distinct within each language, so the picker never shows twins', () => {
    for (const locale of LOCALES) {
      expect(duplicates(CATALOGUE.map((element) => element.label[locale]))).toEqual([]);
      expect(duplicates(CATEGORIES.map((category) => category.label[locale]))).toEqual([]);
    }
  });

  it('label every category in all four languages', () => {
    const missing = CATEGORIES.flatMap((category) =>
      LOCALES.filter((locale) => category.label[locale].trim() === '').map(
        (locale) => `${category.id} ${locale}`,
      ),
    );
    expect(missing).toEqual([]);
  });
});

describe('categories', () => {
  it('exist for every element and match its pillar and function', () => {
    const known = new Map(CATEGORIES.map((category) => [category.id, category]));
    const bad = CATALOGUE.filter((element) => {
      const category = known.get(element.category);
      return (
        category === undefined ||
        category.pillar !== element.pillar ||
        category.function !== functionOf(element)
      );
    }).map((element) => element.id);
    expect(bad).toEqual([]);
  });

  it('carry a function exactly when they group instruments', () => {
    const bad = CATEGORIES.filter(
      (category) => (category.pillar === 'instruments') !== (category.function !== undefined),
    ).map((category) => category.id);
    expect(bad).toEqual([]);
  });

  it('hold at least one element each', () => {
    const empty = CATEGORIES.filter(
      (category) => !CATALOGUE.some((element) => element.category === category.id),
    ).map((category) => category.id);
    expect(empty).toEqual([]);
  });

  it('place supralocal structures, and only those, in the supralocal category', () => {
    const bad = CATALOGUE.filter(
      (element) =>
        element.pillar === 'structures' &&
        (element.level === 'supralocal') !== (element.category === 'str.supralocal'),
    ).map((element) => element.id);
    expect(bad).toEqual([]);
  });

  it('order the catalogue: elements of a category together, categories in display order', () => {
    const order = CATEGORIES.map((category) => category.id);
    const positions = CATALOGUE.map((element) => order.indexOf(element.category));
    const sorted = [...positions].sort((a, b) => a - b);
    expect(positions).toEqual(sorted);
  });
});

describe('coverage of the IMF model', () => {
  it('has at least 60 elements', () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(60);
  });

  it('populates every pillar in both layers', () => {
    const empty = PILLARS.flatMap((pillar) =>
      LAYERS.filter((layer) => elementsOf({ pillar, layer }).length === 0).map(
        (layer) => `${pillar}/${layer}`,
      ),
    );
    expect(empty).toEqual([]);
  });

  it('populates every instrument function in both layers', () => {
    const empty = IMF_FUNCTIONS.flatMap((imfFunction) =>
      LAYERS.filter(
        (layer) =>
          !CATALOGUE.some(
            (element) => functionOf(element) === imfFunction && element.layer === layer,
          ),
      ).map((layer) => `${imfFunction}/${layer}`),
    );
    expect(empty).toEqual([]);
  });

  it('uses every approach, and has controlling and stimulating instruments in each function', () => {
    const unused = APPROACHES.filter(
      (approach) => !CATALOGUE.some((element) => element.approach === approach),
    );
    expect(unused).toEqual([]);
    const oneSided = IMF_FUNCTIONS.filter((imfFunction) => {
      const approaches = new Set(
        CATALOGUE.filter((element) => functionOf(element) === imfFunction).map(
          (element) => element.approach,
        ),
      );
      const controlling = approaches.has('controlling') || approaches.has('both');
      const stimulating = approaches.has('stimulating') || approaches.has('both');
      return !(controlling && stimulating);
    });
    expect(oneSided).toEqual([]);
  });

  it('has entity-level and supralocal structures', () => {
    const levels = new Set(
      CATALOGUE.flatMap((element) => (element.pillar === 'structures' ? [element.level] : [])),
    );
    expect([...levels].sort()).toEqual(['entity', 'supralocal']);
  });
});

describe('SOURCE_EXAMPLES', () => {
  // Words that would match half the catalogue and so prove nothing about coverage.
  const GENERIC = new Set([
    'integriteit',
    'integriteitsbeleid',
    'beleid',
    'politie',
    'korps',
    'dienst',
  ]);

  it('lists the source’s examples without repeating a mapping', () => {
    expect(SOURCE_EXAMPLES.length).toBeGreaterThanOrEqual(100);
    expect(
      duplicates(SOURCE_EXAMPLES.map((example) => `${example.nl} -> ${example.elementId}`)),
    ).toEqual([]);
  });

  it('each resolve to an element whose Dutch text contains a key word of the example', () => {
    const unresolved = SOURCE_EXAMPLES.flatMap((example) => {
      const element = findElement(example.elementId);
      const keyword = normalise(example.keyword);
      if (element === undefined) return [`${example.nl}: no element ${example.elementId}`];
      if (keyword.length < 3 || GENERIC.has(keyword)) {
        return [`${example.nl}: keyword "${example.keyword}" is not distinctive`];
      }
      if (!normalise(example.nl).includes(keyword)) {
        return [`${example.nl}: keyword "${example.keyword}" is not in the example`];
      }
      const dutch = normalise(`${element.label.nl} ${element.description.nl}`);
      return dutch.includes(keyword)
        ? []
        : [`${example.nl}: ${example.elementId} never says "${example.keyword}"`];
    });
    expect(unresolved).toEqual([]);
  });

  it('illustrate every category, so no group of the source is missing', () => {
    const covered = new Set(
      SOURCE_EXAMPLES.map((example) => findElement(example.elementId)?.category),
    );
    const missing = CATEGORIES.filter((category) => !covered.has(category.id)).map(
      (category) => category.id,
    );
    expect(missing).toEqual([]);
  });

  it('keep the examples the brief singles out', () => {
    const mapped = new Map(SOURCE_EXAMPLES.map((example) => [normalise(example.nl), example]));
    const expected: readonly [string, string][] = [
      ['risicoanalyse', 'ins.determine.needs.risk-analysis'],
      ['deontologische code', 'ins.determine.written.deontological-code'],
      ['onderlinge sociale controle', 'ins.determine.unwritten.social-control'],
      ['consultatie van databanken', 'ins.determine.structural.information-protection'],
      ['dilemmatrainingen (morele oordeelsvorming)', 'ins.guide.training.dilemma-training'],
      ['procureur des konings', 'ins.monitor.passive.judicial-authorities'],
      ['fleetloggers', 'ins.monitor.active.fleet-data'],
      ['tuchtprocedure, strafrechtelijke procedure', 'ins.enforce.formal.disciplinary-procedure'],
      ['het organiseren van nazorggesprekken', 'ins.enforce.crisis-aftercare.aftercare-talks'],
      ['de opdrachtbrief', 'pro.planning-cycle.mission-letter'],
      ['dit (dienst integriteitsbewaking en toezicht)', 'str.horizontal.dit'],
    ];
    for (const [phrase, elementId] of expected) {
      expect(mapped.get(phrase)?.elementId, phrase).toBe(elementId);
    }
  });
});

describe('findElement', () => {
  it('returns the catalogue element with that id', () => {
    const element = findElement('ins.monitor.active.spot-checks');
    expect(element?.id).toBe('ins.monitor.active.spot-checks');
    expect(element).toBe(CATALOGUE.find((candidate) => candidate.id === element?.id));
  });

  it('finds every element of the catalogue', () => {
    const lost = CATALOGUE.filter((element) => findElement(element.id) !== element).map(
      (element) => element.id,
    );
    expect(lost).toEqual([]);
  });

  it('returns undefined for unknown ids, including category ids and near misses', () => {
    expect(findElement('ins.monitor.active.nope')).toBeUndefined();
    expect(findElement('ins.monitor.active')).toBeUndefined();
    expect(findElement('INS.MONITOR.ACTIVE.SPOT-CHECKS')).toBeUndefined();
    expect(findElement('')).toBeUndefined();
  });
});

describe('elementsOf', () => {
  const ids = (filter?: ElementFilter): string[] => elementsOf(filter).map((element) => element.id);

  it('returns the whole catalogue without criteria', () => {
    expect(elementsOf()).toEqual(CATALOGUE);
    expect(elementsOf({})).toEqual(CATALOGUE);
    expect(elementsOf({ pillar: undefined, approach: undefined })).toEqual(CATALOGUE);
  });

  it('filters on pillar', () => {
    const structures = elementsOf({ pillar: 'structures' });
    expect(structures.length).toBeGreaterThan(0);
    expect(structures.every((element) => element.pillar === 'structures')).toBe(true);
    expect(structures.length).toBe(
      CATALOGUE.filter((element) => element.pillar === 'structures').length,
    );
  });

  it('leaves processes and structures out when a function is asked for', () => {
    const monitor = elementsOf({ function: 'monitor' });
    expect(monitor.length).toBeGreaterThan(0);
    expect(monitor.every((element) => functionOf(element) === 'monitor')).toBe(true);
    expect(elementsOf({ pillar: 'processes', function: 'guide' })).toEqual([]);
    expect(elementsOf({ pillar: 'structures', function: 'enforce' })).toEqual([]);
  });

  it('combines pillar and layer', () => {
    const result = ids({ pillar: 'structures', layer: 'complementary' });
    expect(result).toContain('str.horizontal.hrm');
    expect(result).toContain('str.supralocal.coc');
    expect(result).not.toContain('str.horizontal.dit');
    expect(result).not.toContain('ins.determine.structural.job-rotation');
  });

  it('combines category and layer', () => {
    expect(ids({ category: 'ins.monitor.active', layer: 'complementary' })).toEqual([
      'ins.monitor.active.fleet-data',
      'ins.monitor.active.line-control',
    ]);
  });

  it('returns a category in catalogue order', () => {
    expect(ids({ category: 'ins.enforce.informal' })).toEqual([
      'ins.enforce.informal.peer-feedback',
      'ins.enforce.informal.verbal-remark',
    ]);
  });

  it('counts elements that are both controlling and stimulating on either side', () => {
    const stimulating = ids({ function: 'monitor', approach: 'stimulating' });
    expect(stimulating).toContain('ins.monitor.active.daily-supervision');
    expect(stimulating).not.toContain('ins.monitor.active.spot-checks');
    const controlling = ids({ function: 'monitor', approach: 'controlling' });
    expect(controlling).toContain('ins.monitor.active.daily-supervision');
    expect(controlling).toContain('ins.monitor.active.spot-checks');
    const both = elementsOf({ approach: 'both' });
    expect(both.length).toBeGreaterThan(0);
    expect(both.every((element) => element.approach === 'both')).toBe(true);
  });

  it('returns nothing when the criteria contradict each other', () => {
    expect(elementsOf({ category: 'str.supralocal', pillar: 'instruments' })).toEqual([]);
    expect(elementsOf({ category: 'ins.guide.training', function: 'monitor' })).toEqual([]);
    expect(elementsOf({ category: 'no.such.category' })).toEqual([]);
  });

  it('agrees with each criterion checked on its own, for every combination', () => {
    const pillars = [undefined, ...PILLARS];
    const functions = [undefined, ...IMF_FUNCTIONS];
    const layers = [undefined, ...LAYERS];
    const approaches = [undefined, ...APPROACHES];
    const mismatches: string[] = [];
    for (const pillar of pillars) {
      for (const imfFunction of functions) {
        for (const layer of layers) {
          for (const approach of approaches) {
            const filter: ElementFilter = { pillar, function: imfFunction, layer, approach };
            const expected = CATALOGUE.filter(
              (element) =>
                (pillar === undefined || element.pillar === pillar) &&
                (imfFunction === undefined || functionOf(element) === imfFunction) &&
                (layer === undefined || element.layer === layer) &&
                (approach === undefined ||
                  element.approach === approach ||
                  (approach !== 'both' && element.approach === 'both')),
            );
            if (JSON.stringify(elementsOf(filter)) !== JSON.stringify(expected)) {
              mismatches.push(JSON.stringify(filter));
            }
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('categoryOf', () => {
  it('returns the category an element names', () => {
    const element = findElement('pro.planning-cycle.zvp')!;
    expect(categoryOf(element).id).toBe('pro.planning-cycle');
    expect(categoryOf(element).label.nl).toBe('Inbedding in de planningscyclus');
  });

  it('returns, for every element, a category of the same pillar', () => {
    const bad = CATALOGUE.filter((element) => categoryOf(element).pillar !== element.pillar).map(
      (element) => element.id,
    );
    expect(bad).toEqual([]);
  });

  it('throws for an element whose category the catalogue does not have', () => {
    const stray: CatalogueElement = {
      ...findElement('str.horizontal.hrm')!,
      category: 'str.nowhere',
    };
    expect(() => categoryOf(stray)).toThrow(/str\.nowhere/);
  });
});
