import type { LocalizedText } from '../shared/locale';
import type { PlanStatus } from './plan.types';

/**
 * The SMART elements of an operational objective, in the order the plan form shows them and
 * `checkSmart` reports them.
 */
export const SMART_ELEMENTS = [
  'specific',
  'indicator',
  'unit',
  'baseline',
  'target',
  'deadline',
  'owner',
] as const;
export type SmartElement = (typeof SMART_ELEMENTS)[number];

/** Labels of the SMART elements, for checklists and "missing" badges. */
export const SMART_LABELS = {
  specific: {
    nl: 'Specifieke omschrijving',
    fr: 'Description spécifique',
    de: 'Spezifische Beschreibung',
    en: 'Specific description',
  },
  indicator: { nl: 'Indicator', fr: 'Indicateur', de: 'Indikator', en: 'Indicator' },
  unit: { nl: 'Eenheid', fr: 'Unité', de: 'Einheit', en: 'Unit' },
  baseline: { nl: 'Beginwaarde', fr: 'Valeur de départ', de: 'Ausgangswert', en: 'Baseline value' },
  target: { nl: 'Streefwaarde', fr: 'Valeur cible', de: 'Zielwert', en: 'Target value' },
  deadline: { nl: 'Termijn', fr: 'Échéance', de: 'Frist', en: 'Deadline' },
  owner: { nl: 'Verantwoordelijke', fr: 'Responsable', de: 'Verantwortliche Person', en: 'Owner' },
} as const satisfies Record<SmartElement, LocalizedText>;

export const SMART_WARNING_KINDS = ['target-equals-baseline', 'deadline-outside-period'] as const;
export type SmartWarningKind = (typeof SMART_WARNING_KINDS)[number];

/**
 * Texts of the SMART warnings (ICU). `{side}` is `before` (the deadline falls before the period
 * starts) or `after` (after it ends).
 */
export const SMART_WARNING_TEXTS = {
  'target-equals-baseline': {
    nl: 'De streefwaarde is gelijk aan de beginwaarde ({value}): er wordt geen verandering beoogd.',
    fr: 'La valeur cible est égale à la valeur de départ ({value}) : aucun changement n’est visé.',
    de: 'Der Zielwert entspricht dem Ausgangswert ({value}): Es wird keine Veränderung angestrebt.',
    en: 'The target value equals the baseline value ({value}): no change is aimed for.',
  },
  'deadline-outside-period': {
    nl: 'De termijn ({deadline}) valt {side, select, before {vóór het begin} other {na het einde}} van de planperiode ({periodStart} – {periodEnd}).',
    fr: 'L’échéance ({deadline}) tombe {side, select, before {avant le début} other {après la fin}} de la période du plan ({periodStart} – {periodEnd}).',
    de: 'Die Frist ({deadline}) liegt {side, select, before {vor dem Beginn} other {nach dem Ende}} des Planzeitraums ({periodStart} – {periodEnd}).',
    en: 'The deadline ({deadline}) falls {side, select, before {before the start} other {after the end}} of the plan period ({periodStart} – {periodEnd}).',
  },
} as const satisfies Record<SmartWarningKind, LocalizedText>;

/** The items of section 1 (identification) that must be filled in before adoption. */
export const IDENTIFICATION_FIELDS = [
  'entityName',
  'periodStart',
  'periodEnd',
  'lastName',
  'firstName',
  'grade',
] as const;
export type IdentificationField = (typeof IDENTIFICATION_FIELDS)[number];

export const IDENTIFICATION_FIELD_LABELS = {
  entityName: { nl: 'Entiteit', fr: 'Entité', de: 'Einheit', en: 'Entity' },
  periodStart: {
    nl: 'Begin van de periode',
    fr: 'Début de la période',
    de: 'Beginn des Zeitraums',
    en: 'Start of the period',
  },
  periodEnd: {
    nl: 'Einde van de periode',
    fr: 'Fin de la période',
    de: 'Ende des Zeitraums',
    en: 'End of the period',
  },
  lastName: { nl: 'Naam', fr: 'Nom', de: 'Name', en: 'Last name' },
  firstName: { nl: 'Voornaam', fr: 'Prénom', de: 'Vorname', en: 'First name' },
  grade: {
    nl: 'Graad / niveau',
    fr: 'Grade / niveau',
    de: 'Dienstgrad / Ebene',
    en: 'Grade / level',
  },
} as const satisfies Record<IdentificationField, LocalizedText>;

export const PLAN_STATUS_LABELS = {
  draft: { nl: 'Ontwerp', fr: 'Projet', de: 'Entwurf', en: 'Draft' },
  adopted: { nl: 'Goedgekeurd', fr: 'Adopté', de: 'Verabschiedet', en: 'Adopted' },
  archived: { nl: 'Gearchiveerd', fr: 'Archivé', de: 'Archiviert', en: 'Archived' },
} as const satisfies Record<PlanStatus, LocalizedText>;
