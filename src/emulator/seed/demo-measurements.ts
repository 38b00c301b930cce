import { createHash } from 'node:crypto';
import { CATALOGUE } from '../../core/catalogue/catalogue';
import { PERSONA_PROFILES } from '../auth/personas';
import type { FieldValues, ItemRecord } from '../store/model';
import { DEMO_EVIDENCE_LINKS } from './demo-evidence';
import { DEMO_ENTITY_ID, day, entityScoped, owner, type DemoPlan } from './demo-plan';
import { ref, type SeedWriter } from './seed-writer';

/** A stable number in [0, 1) per text, so the demo ratings are the same on every reseed. */
function unit(text: string): number {
  return createHash('sha1').update(text).digest().readUInt32BE(0) / 2 ** 32;
}

/** Elements a zone does not run itself, or has not looked at yet in the baseline. */
const NOT_APPLICABLE = new Set(['pro.planning-cycle.nvp', 'str.supralocal.coc']);
const NOT_ASSESSED = new Set(['ins.monitor.active.fleet-data', 'str.leaders.exit-interview']);

function baselineLevel(elementId: string): string {
  if (NOT_APPLICABLE.has(elementId)) return 'not-applicable';
  if (NOT_ASSESSED.has(elementId)) return 'not-assessed';
  const r = unit(`baseline:${elementId}`);
  return r < 0.3 ? '1' : r < 0.68 ? '2' : r < 0.92 ? '3' : '4';
}

function evidenceFor(level: string, elementLabel: string): FieldValues {
  if (level === '1' || level === 'not-assessed' || level === 'not-applicable') return {};
  const note =
    level === '2'
      ? `Beslist en vastgelegd, nog niet toegepast: ${elementLabel.toLowerCase()}.`
      : level === '3'
        ? `Wordt toegepast en is gecommuniceerd; registraties beschikbaar.`
        : `Opgevolgd met indicatoren; rapportering aan het directiecomité.`;
  return {
    EvidenceNote: note,
    EvidenceLinks: [
      DEMO_EVIDENCE_LINKS.decision,
      ...(level === '3' || level === '4' ? [DEMO_EVIDENCE_LINKS.registrations] : []),
    ].join('\n'),
  };
}

export type DemoMeasurements = {
  readonly baseline: ItemRecord;
  readonly annual: ItemRecord;
  readonly baselineRatings: number;
  readonly annualRatings: number;
};

/**
 * The locked baseline ("nulmeting", every catalogue element rated) and the open annual
 * measurement of 2026 (about half the elements rated so far), both in single-rater mode.
 */
export function seedDemoMeasurements(writer: SeedWriter, demo: DemoPlan): DemoMeasurements {
  const planRef = ref(demo.plan);
  const targeted = new Set(
    [...demo.operational, ...demo.strategic].flatMap((o) =>
      typeof o.fields.ElementIds === 'string' ? o.fields.ElementIds.split('\n') : [],
    ),
  );
  const rater = owner('Rater', 'integrity-officer');

  const baselineOpen = writer.create(
    'IntegrityMeasurements',
    {
      Title: 'Nulmeting 2026',
      EntityId: DEMO_ENTITY_ID,
      PlanRef: planRef,
      MeasurementKind: 'baseline',
      MeasurementDate: day('2026-01-20'),
      MeasurementStatus: 'open',
      RatingMode: 'single',
    },
    'integrity-officer',
    '2026-01-20T08:30:00Z',
  );
  const levels = new Map<string, string>();
  CATALOGUE.forEach((element, index) => {
    const level = baselineLevel(element.id);
    levels.set(element.id, level);
    const minute = index % 60;
    writer.create(
      'IntegrityRatings',
      entityScoped(writer, 'IntegrityRatings', {
        Title: element.id,
        MeasurementRef: ref(baselineOpen),
        ElementId: element.id,
        RatingValue: level,
        ...(targeted.has(element.id) ? { TargetLevel: 4 } : {}),
        ...evidenceFor(level, element.label.nl),
        ...rater,
      }),
      'integrity-officer',
      `2026-01-${String(20 + Math.floor(index / 20)).padStart(2, '0')}T10:${String(minute).padStart(2, '0')}:00Z`,
    );
  });
  const commander = PERSONA_PROFILES.commander;
  const baseline = writer.update(
    'IntegrityMeasurements',
    baselineOpen,
    {
      MeasurementStatus: 'locked',
      LockedOn: '2026-02-10T14:30:00Z',
      LockedByName: commander.displayName,
      LockedByEmail: commander.email,
      LockedById: commander.oid,
    },
    'commander',
    '2026-02-10T14:30:00Z',
  );

  const annual = writer.create(
    'IntegrityMeasurements',
    {
      Title: 'Jaarmeting 2026',
      EntityId: DEMO_ENTITY_ID,
      PlanRef: planRef,
      MeasurementKind: 'annual',
      MeasurementDate: day('2026-11-16'),
      MeasurementStatus: 'open',
      RatingMode: 'single',
    },
    'integrity-officer',
    '2026-11-16T08:00:00Z',
  );
  let annualRatings = 0;
  CATALOGUE.forEach((element, index) => {
    if (index % 2 !== 0) return;
    const before = levels.get(element.id) ?? '1';
    const numeric = Number(before);
    // Elements the plan works on moved up; a few others too.
    const improved = targeted.has(element.id) || unit(`annual:${element.id}`) < 0.2;
    const level = Number.isNaN(numeric)
      ? before
      : String(Math.min(5, numeric + (improved ? 1 : 0)));
    writer.create(
      'IntegrityRatings',
      entityScoped(writer, 'IntegrityRatings', {
        Title: element.id,
        MeasurementRef: ref(annual),
        ElementId: element.id,
        RatingValue: level,
        ...(targeted.has(element.id) ? { TargetLevel: 4 } : {}),
        ...evidenceFor(level, element.label.nl),
        ...rater,
      }),
      'integrity-officer',
      `2026-11-${String(16 + Math.floor(index / 12)).padStart(2, '0')}T09:${String(index % 60).padStart(2, '0')}:00Z`,
    );
    annualRatings++;
  });
  return { baseline, annual, baselineRatings: CATALOGUE.length, annualRatings };
}
