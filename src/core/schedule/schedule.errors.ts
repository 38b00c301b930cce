import type { LocalizedText } from '../shared/locale';
import type { DomainError, Result } from '../shared/result';

/**
 * Every business error the PDCA schedule returns, with its message in the four languages of the
 * app. Messages use ICU MessageFormat placeholders that match the `details` the functions return.
 * French text uses the typographic apostrophe (’) because a straight one is a quote character in
 * ICU.
 */
export const SCHEDULE_ERRORS = {
  'SCHEDULE.INVALID_DATE': {
    nl: 'Het veld {field} bevat geen geldige datum: „{value}”.',
    fr: 'Le champ {field} ne contient pas une date valide : « {value} ».',
    de: 'Das Feld {field} enthält kein gültiges Datum: „{value}“.',
    en: 'The field {field} does not hold a valid date: "{value}".',
  },
  'SCHEDULE.INVALID_PERIOD': {
    nl: 'De planperiode moet eindigen op of na haar begindatum ({periodStart} – {periodEnd}).',
    fr: 'La période du plan doit se terminer à sa date de début ou après ({periodStart} – {periodEnd}).',
    de: 'Der Planzeitraum muss am oder nach seinem Beginn enden ({periodStart} – {periodEnd}).',
    en: 'The plan period must end on or after its start date ({periodStart} – {periodEnd}).',
  },
  'SCHEDULE.PERIOD_TOO_SHORT': {
    nl: 'De planperiode ({periodStart} – {periodEnd}) moet minstens {minMonths} maanden duren, zodat de nulmeting en de eindmeting elkaar niet overlappen.',
    fr: 'La période du plan ({periodStart} – {periodEnd}) doit durer au moins {minMonths} mois, afin que la mesure initiale et la mesure finale ne se chevauchent pas.',
    de: 'Der Planzeitraum ({periodStart} – {periodEnd}) muss mindestens {minMonths} Monate dauern, damit sich Nullmessung und Schlussmessung nicht überschneiden.',
    en: 'The plan period ({periodStart} – {periodEnd}) must last at least {minMonths} months, so that the baseline and the final measurement do not overlap.',
  },
  'SCHEDULE.INVALID_CADENCE_DAY': {
    nl: 'De herinneringsdag moet een geheel getal van 1 tot 28 zijn (nu: {dayOfMonth}), zodat elke maand die dag heeft.',
    fr: 'Le jour du rappel doit être un nombre entier de 1 à 28 (actuellement : {dayOfMonth}), afin que chaque mois ait ce jour.',
    de: 'Der Erinnerungstag muss eine ganze Zahl von 1 bis 28 sein (jetzt: {dayOfMonth}), damit jeder Monat diesen Tag hat.',
    en: 'The reminder day must be a whole number from 1 to 28 (now: {dayOfMonth}), so that every month has that day.',
  },
  'SCHEDULE.INVALID_CADENCE_HOUR': {
    nl: 'Het herinneringsuur moet een geheel getal van 0 tot 23 zijn, Belgische tijd (nu: {hour}).',
    fr: 'L’heure du rappel doit être un nombre entier de 0 à 23, heure belge (actuellement : {hour}).',
    de: 'Die Erinnerungsstunde muss eine ganze Zahl von 0 bis 23 sein, belgische Zeit (jetzt: {hour}).',
    en: 'The reminder hour must be a whole number from 0 to 23, Belgian time (now: {hour}).',
  },
  'SCHEDULE.INVALID_PAUSE_DATE': {
    nl: 'De pauzedatum is geen geldige datum: „{value}”.',
    fr: 'La date de fin de pause n’est pas une date valide : « {value} ».',
    de: 'Das Pausendatum ist kein gültiges Datum: „{value}“.',
    en: 'The pause date is not a valid date: "{value}".',
  },
  'SCHEDULE.INVALID_SKIP_RECENT_DAYS': {
    nl: 'Het aantal dagen waarin recent bijgewerkte items worden overgeslagen, moet een geheel getal van 0 of meer zijn (nu: {value}).',
    fr: 'Le nombre de jours pendant lesquels les éléments récemment mis à jour sont ignorés doit être un nombre entier égal ou supérieur à 0 (actuellement : {value}).',
    de: 'Die Anzahl der Tage, in denen kürzlich aktualisierte Einträge übersprungen werden, muss eine ganze Zahl von 0 oder mehr sein (jetzt: {value}).',
    en: 'The number of days during which recently updated items are skipped must be a whole number of 0 or more (now: {value}).',
  },
  'SCHEDULE.INVALID_STALE_AFTER_DAYS': {
    nl: 'Het aantal dagen waarna een indicator verouderd is, moet een geheel getal van 0 of meer zijn (nu: {value}).',
    fr: 'Le nombre de jours après lequel un indicateur est périmé doit être un nombre entier égal ou supérieur à 0 (actuellement : {value}).',
    de: 'Die Anzahl der Tage, nach denen ein Indikator veraltet ist, muss eine ganze Zahl von 0 oder mehr sein (jetzt: {value}).',
    en: 'The number of days after which an indicator is out of date must be a whole number of 0 or more (now: {value}).',
  },
  'SCHEDULE.INVALID_PERIOD_KEY': {
    nl: '„{value}” is geen geldige maand; verwacht wordt JJJJ-MM.',
    fr: '« {value} » n’est pas un mois valide ; le format attendu est AAAA-MM.',
    de: '„{value}“ ist kein gültiger Monat; erwartet wird JJJJ-MM.',
    en: '"{value}" is not a valid month; expected YYYY-MM.',
  },
  'SCHEDULE.INVALID_ENTITY_ID': {
    nl: 'De identificatie van de entiteit is leeg of bevat ongeldige tekens.',
    fr: 'L’identifiant de l’entité est vide ou contient des caractères non valides.',
    de: 'Die Kennung der Einheit ist leer oder enthält ungültige Zeichen.',
    en: 'The entity identifier is empty or contains invalid characters.',
  },
  'SCHEDULE.ENTITY_ID_TOO_LONG': {
    nl: 'De identificatie van de entiteit is te lang: hoogstens {max, plural, one {# teken} other {# tekens}} na codering (nu: {length}).',
    fr: 'L’identifiant de l’entité est trop long : {max, plural, one {# caractère} other {# caractères}} au maximum après encodage (actuellement : {length}).',
    de: 'Die Kennung der Einheit ist zu lang: höchstens {max, plural, one {# Zeichen} other {# Zeichen}} nach der Kodierung (jetzt: {length}).',
    en: 'The entity identifier is too long: at most {max, plural, one {# character} other {# characters}} once encoded (now: {length}).',
  },
  'SCHEDULE.INVALID_IDEMPOTENCY_KEY': {
    nl: '„{value}” is geen geldige sleutel voor een kaart in een kanaal.',
    fr: '« {value} » n’est pas une clé valide pour une carte dans un canal.',
    de: '„{value}“ ist kein gültiger Schlüssel für eine Karte in einem Kanal.',
    en: '"{value}" is not a valid key for a channel card.',
  },
} as const satisfies Record<string, LocalizedText>;

export type ScheduleErrorCode = keyof typeof SCHEDULE_ERRORS;

/** A business failure of the PDCA schedule. */
export type ScheduleError = DomainError<ScheduleErrorCode>;

/** What the schedule's functions return: a value, or a business failure with a known code. */
export type ScheduleResult<T> = Result<T, ScheduleError>;
