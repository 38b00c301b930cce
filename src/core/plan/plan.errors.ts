import type { LocalizedText } from '../shared/locale';

/**
 * Every business error the plan model returns, with its message in the four languages of the
 * app. Messages use ICU MessageFormat: `{field}` is the dotted path of the field (e.g.
 * `identification.mandateHolder.grade`), counts use `plural` so "1 field" and "3 fields" both
 * read well. French text uses the typographic apostrophe (’) because a straight one is a quote
 * character in ICU.
 */
export const PLAN_ERRORS = {
  // Field validation (schemas, also applied to list items read from SharePoint).
  'PLAN.FIELD_REQUIRED': {
    nl: 'Het veld {field} is verplicht.',
    fr: 'Le champ {field} est obligatoire.',
    de: 'Das Feld {field} ist ein Pflichtfeld.',
    en: 'The field {field} is required.',
  },
  'PLAN.FIELD_TOO_LONG': {
    nl: 'Het veld {field} mag hoogstens {max, plural, one {# teken} other {# tekens}} bevatten.',
    fr: 'Le champ {field} ne peut pas dépasser {max, plural, one {# caractère} other {# caractères}}.',
    de: 'Das Feld {field} darf höchstens {max, plural, one {# Zeichen} other {# Zeichen}} enthalten.',
    en: 'The field {field} may contain at most {max, plural, one {# character} other {# characters}}.',
  },
  'PLAN.INVALID_VALUE': {
    nl: 'Het veld {field} bevat een ongeldige waarde.',
    fr: 'Le champ {field} contient une valeur non valide.',
    de: 'Das Feld {field} enthält einen ungültigen Wert.',
    en: 'The field {field} contains an invalid value.',
  },
  'PLAN.INVALID_CHOICE': {
    nl: 'Het veld {field} moet een van deze waarden hebben: {allowed}.',
    fr: 'Le champ {field} doit prendre l’une des valeurs suivantes : {allowed}.',
    de: 'Das Feld {field} muss einen der folgenden Werte haben: {allowed}.',
    en: 'The field {field} must be one of: {allowed}.',
  },
  'PLAN.INVALID_NUMBER': {
    nl: 'Het veld {field} moet een eindig getal zijn.',
    fr: 'Le champ {field} doit être un nombre fini.',
    de: 'Das Feld {field} muss eine endliche Zahl sein.',
    en: 'The field {field} must be a finite number.',
  },
  'PLAN.NOT_AN_INTEGER': {
    nl: 'Het veld {field} moet een geheel getal zijn.',
    fr: 'Le champ {field} doit être un nombre entier.',
    de: 'Das Feld {field} muss eine ganze Zahl sein.',
    en: 'The field {field} must be a whole number.',
  },
  'PLAN.NEGATIVE_AMOUNT': {
    nl: 'Het veld {field} mag niet negatief zijn.',
    fr: 'Le champ {field} ne peut pas être négatif.',
    de: 'Das Feld {field} darf nicht negativ sein.',
    en: 'The field {field} cannot be negative.',
  },
  'PLAN.TOO_MANY_DECIMALS': {
    nl: 'Het veld {field} mag hoogstens {max, plural, one {# decimaal} other {# decimalen}} hebben.',
    fr: 'Le champ {field} ne peut pas avoir plus de {max, plural, one {# décimale} other {# décimales}}.',
    de: 'Das Feld {field} darf höchstens {max, plural, one {# Nachkommastelle} other {# Nachkommastellen}} haben.',
    en: 'The field {field} may have at most {max, plural, one {# decimal place} other {# decimal places}}.',
  },
  'PLAN.INVALID_DATE': {
    nl: 'Het veld {field} moet een bestaande datum bevatten (JJJJ-MM-DD).',
    fr: 'Le champ {field} doit contenir une date existante (AAAA-MM-JJ).',
    de: 'Das Feld {field} muss ein gültiges Kalenderdatum enthalten (JJJJ-MM-TT).',
    en: 'The field {field} must be a real calendar date (YYYY-MM-DD).',
  },
  'PLAN.DATE_OUT_OF_RANGE': {
    nl: 'Het veld {field} moet een datum tussen {min} en {max} bevatten.',
    fr: 'Le champ {field} doit contenir une date comprise entre le {min} et le {max}.',
    de: 'Das Feld {field} muss ein Datum zwischen {min} und {max} enthalten.',
    en: 'The field {field} must be a date between {min} and {max}.',
  },
  'PLAN.INVALID_DATE_TIME': {
    nl: 'Het veld {field} moet een geldig tijdstip bevatten (ISO 8601 met tijdzone).',
    fr: 'Le champ {field} doit contenir un horodatage valide (ISO 8601 avec fuseau horaire).',
    de: 'Das Feld {field} muss einen gültigen Zeitpunkt enthalten (ISO 8601 mit Zeitzone).',
    en: 'The field {field} must be a valid timestamp (ISO 8601 with time zone).',
  },
  'PLAN.PERIOD_END_BEFORE_START': {
    nl: 'Het einde van de periode ({end}) moet na het begin ervan ({start}) vallen.',
    fr: 'La fin de la période ({end}) doit être postérieure à son début ({start}).',
    de: 'Das Ende des Zeitraums ({end}) muss nach seinem Beginn ({start}) liegen.',
    en: 'The end of the period ({end}) must come after its start ({start}).',
  },
  'PLAN.ADOPTION_DATE_INCONSISTENT': {
    nl: 'De goedkeuringsdatum past niet bij de status van het plan: een ontwerp heeft er geen, een goedgekeurd of gearchiveerd plan moet er een hebben.',
    fr: 'La date d’adoption ne correspond pas au statut du plan : un projet n’en a pas, un plan adopté ou archivé doit en avoir une.',
    de: 'Das Verabschiedungsdatum passt nicht zum Status des Plans: Ein Entwurf hat keines, ein verabschiedeter oder archivierter Plan muss eines haben.',
    en: 'The adoption date does not match the plan status: a draft has none, an adopted or archived plan must have one.',
  },
  // Consistency of a whole plan bundle.
  'PLAN.DUPLICATE_ID': {
    nl: 'De identificatie {id} komt meer dan eens voor ({field}).',
    fr: 'L’identifiant {id} apparaît plusieurs fois ({field}).',
    de: 'Die Kennung {id} kommt mehrfach vor ({field}).',
    en: 'The id {id} occurs more than once ({field}).',
  },
  'PLAN.UNKNOWN_REFERENCE': {
    nl: '{field} verwijst naar {id}, dat niet in dit plan bestaat.',
    fr: '{field} renvoie à {id}, qui n’existe pas dans ce plan.',
    de: '{field} verweist auf {id}, das in diesem Plan nicht existiert.',
    en: '{field} refers to {id}, which does not exist in this plan.',
  },
  'PLAN.WRONG_PLAN': {
    nl: '{field} hoort bij een ander plan ({planId}).',
    fr: '{field} appartient à un autre plan ({planId}).',
    de: '{field} gehört zu einem anderen Plan ({planId}).',
    en: '{field} belongs to another plan ({planId}).',
  },
  // Status and editing.
  'PLAN.INVALID_TRANSITION': {
    nl: 'De status van het plan kan niet van ‘{from, select, draft {ontwerp} adopted {goedgekeurd} archived {gearchiveerd} other {{from}}}’ naar ‘{to, select, draft {ontwerp} adopted {goedgekeurd} archived {gearchiveerd} other {{to}}}’ overgaan.',
    fr: 'Le statut du plan ne peut pas passer de « {from, select, draft {projet} adopted {adopté} archived {archivé} other {{from}}} » à « {to, select, draft {projet} adopted {adopté} archived {archivé} other {{to}}} ».',
    de: 'Der Status des Plans kann nicht von „{from, select, draft {Entwurf} adopted {verabschiedet} archived {archiviert} other {{from}}}“ zu „{to, select, draft {Entwurf} adopted {verabschiedet} archived {archiviert} other {{to}}}“ wechseln.',
    en: 'The plan status cannot change from ‘{from, select, draft {draft} adopted {adopted} archived {archived} other {{from}}}’ to ‘{to, select, draft {draft} adopted {adopted} archived {archived} other {{to}}}’.',
  },
  'PLAN.NOT_ADOPTABLE': {
    nl: 'Het plan kan nog niet worden goedgekeurd: {count, plural, one {er staat nog # punt open} other {er staan nog # punten open}}.',
    fr: 'Le plan ne peut pas encore être adopté : {count, plural, one {# point reste à régler} other {# points restent à régler}}.',
    de: 'Der Plan kann noch nicht verabschiedet werden: {count, plural, one {# Punkt ist noch offen} other {# Punkte sind noch offen}}.',
    en: 'The plan cannot be adopted yet: {count, plural, one {# issue remains} other {# issues remain}}.',
  },
  'PLAN.ARCHIVED': {
    nl: 'Dit plan is gearchiveerd en kan niet meer worden gewijzigd.',
    fr: 'Ce plan est archivé et ne peut plus être modifié.',
    de: 'Dieser Plan ist archiviert und kann nicht mehr geändert werden.',
    en: 'This plan is archived and can no longer be changed.',
  },
  'PLAN.INVALID_FIELDS': {
    nl: '{count, plural, one {# veld is} other {# velden zijn}} niet geldig.',
    fr: '{count, plural, one {# champ n’est pas valide} other {# champs ne sont pas valides}}.',
    de: '{count, plural, one {# Feld ist} other {# Felder sind}} ungültig.',
    en: '{count, plural, one {# field is} other {# fields are}} not valid.',
  },
  // Reasons why a plan cannot be adopted yet (listed inside PLAN.NOT_ADOPTABLE).
  'PLAN.IDENTIFICATION_INCOMPLETE': {
    nl: 'De identificatie van de entiteit is onvolledig: {count, plural, one {# gegeven ontbreekt} other {# gegevens ontbreken}}.',
    fr: 'L’identification de l’entité est incomplète : {count, plural, one {# donnée manque} other {# données manquent}}.',
    de: 'Die Identifikation der Einheit ist unvollständig: {count, plural, one {# Angabe fehlt} other {# Angaben fehlen}}.',
    en: 'The identification of the entity is incomplete: {count, plural, one {# item is} other {# items are}} missing.',
  },
  'PLAN.NO_STRATEGIC_OBJECTIVE': {
    nl: 'Het plan bevat nog geen strategische doelstelling.',
    fr: 'Le plan ne contient encore aucun objectif stratégique.',
    de: 'Der Plan enthält noch kein strategisches Ziel.',
    en: 'The plan has no strategic objective yet.',
  },
  'PLAN.NO_OPERATIONAL_OBJECTIVE': {
    nl: 'Het plan bevat nog geen operationele doelstelling.',
    fr: 'Le plan ne contient encore aucun objectif opérationnel.',
    de: 'Der Plan enthält noch kein operatives Ziel.',
    en: 'The plan has no operational objective yet.',
  },
  'PLAN.OBJECTIVE_NOT_SMART': {
    nl: 'De operationele doelstelling ‘{objective}’ is nog niet SMART: {count, plural, one {# element ontbreekt} other {# elementen ontbreken}}.',
    fr: 'L’objectif opérationnel « {objective} » n’est pas encore SMART : {count, plural, one {# élément manque} other {# éléments manquent}}.',
    de: 'Das operative Ziel „{objective}“ ist noch nicht SMART: {count, plural, one {# Element fehlt} other {# Elemente fehlen}}.',
    en: 'The operational objective ‘{objective}’ is not SMART yet: {count, plural, one {# element is} other {# elements are}} missing.',
  },
} as const satisfies Record<string, LocalizedText>;

export type PlanErrorCode = keyof typeof PLAN_ERRORS;

/** The codes field validation returns. */
export type PlanFieldErrorCode = Extract<
  PlanErrorCode,
  | 'PLAN.FIELD_REQUIRED'
  | 'PLAN.FIELD_TOO_LONG'
  | 'PLAN.INVALID_VALUE'
  | 'PLAN.INVALID_CHOICE'
  | 'PLAN.INVALID_NUMBER'
  | 'PLAN.NOT_AN_INTEGER'
  | 'PLAN.NEGATIVE_AMOUNT'
  | 'PLAN.TOO_MANY_DECIMALS'
  | 'PLAN.INVALID_DATE'
  | 'PLAN.DATE_OUT_OF_RANGE'
  | 'PLAN.INVALID_DATE_TIME'
  | 'PLAN.PERIOD_END_BEFORE_START'
  | 'PLAN.ADOPTION_DATE_INCONSISTENT'
  | 'PLAN.DUPLICATE_ID'
  | 'PLAN.UNKNOWN_REFERENCE'
  | 'PLAN.WRONG_PLAN'
>;

/** Whether a string is one of the plan error codes (used to read codes back from zod issues). */
export function isPlanErrorCode(value: unknown): value is PlanErrorCode {
  return typeof value === 'string' && Object.hasOwn(PLAN_ERRORS, value);
}
