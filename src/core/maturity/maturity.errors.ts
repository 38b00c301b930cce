import type { LocalizedText } from '../shared/locale';
import type { DomainError, Result } from '../shared/result';

/**
 * Every business failure of the maturity model, as ICU messages in the four languages. Details
 * passed with `err(code, details)` fill the placeholders (`{count}`, `{max}`, `{baselineDate}`).
 */
export const MATURITY_ERRORS = {
  'MEASUREMENT.INVALID_KIND': {
    nl: 'Het soort meting moet een nulmeting, een jaarlijkse meting of een eindmeting zijn.',
    fr: 'Le type de mesure doit être une mesure de référence, une mesure annuelle ou une mesure finale.',
    de: 'Die Art der Messung muss eine Nullmessung, eine jährliche Messung oder eine Abschlussmessung sein.',
    en: 'The kind of measurement must be baseline, annual or final.',
  },
  'MEASUREMENT.INVALID_MODE': {
    nl: 'Een meting wordt ingevuld door één beoordelaar of door meerdere beoordelaars.',
    fr: 'Une mesure est remplie par un seul évaluateur ou par plusieurs évaluateurs.',
    de: 'Eine Messung wird von einer einzigen Person oder von mehreren Personen bewertet.',
    en: 'A measurement is rated by a single rater or by several raters.',
  },
  'MEASUREMENT.INVALID_DATE': {
    nl: 'De datum van de meting is geen geldige kalenderdatum (JJJJ-MM-DD).',
    fr: "La date de la mesure n'est pas une date valide (AAAA-MM-JJ).",
    de: 'Das Datum der Messung ist kein gültiges Kalenderdatum (JJJJ-MM-TT).',
    en: 'The date of the measurement is not a valid calendar date (YYYY-MM-DD).',
  },
  'MEASUREMENT.OPEN_EXISTS': {
    nl: 'Dit plan heeft al een open meting. Vergrendel die eerst voor u een nieuwe start.',
    fr: "Ce plan a déjà une mesure ouverte. Verrouillez-la avant d'en commencer une autre.",
    de: 'Für diesen Plan ist bereits eine Messung offen. Sperren Sie diese, bevor Sie eine neue beginnen.',
    en: 'This plan already has an open measurement. Lock it before starting another one.',
  },
  'MEASUREMENT.BASELINE_REQUIRED': {
    nl: 'Voor een jaarlijkse meting of een eindmeting is eerst een nulmeting nodig.',
    fr: "Une mesure annuelle ou finale nécessite d'abord une mesure de référence.",
    de: 'Eine jährliche Messung oder eine Abschlussmessung setzt eine Nullmessung voraus.',
    en: 'An annual or final measurement needs a baseline measurement first.',
  },
  'MEASUREMENT.BASELINE_EXISTS': {
    nl: 'Dit plan heeft al een nulmeting. Start een correctie om ze te wijzigen.',
    fr: 'Ce plan a déjà une mesure de référence. Pour la modifier, commencez une correction.',
    de: 'Für diesen Plan gibt es bereits eine Nullmessung. Beginnen Sie eine Korrektur, um sie zu ändern.',
    en: 'This plan already has a baseline measurement. To change it, start a correction.',
  },
  'MEASUREMENT.FINAL_EXISTS': {
    nl: 'Dit plan heeft al een eindmeting. Start een correctie om ze te wijzigen.',
    fr: 'Ce plan a déjà une mesure finale. Pour la modifier, commencez une correction.',
    de: 'Für diesen Plan gibt es bereits eine Abschlussmessung. Beginnen Sie eine Korrektur, um sie zu ändern.',
    en: 'This plan already has a final measurement. To change it, start a correction.',
  },
  'MEASUREMENT.BEFORE_BASELINE': {
    nl: 'Een jaarlijkse meting of een eindmeting kan niet vóór de nulmeting ({baselineDate}) liggen.',
    fr: 'Une mesure annuelle ou finale ne peut pas précéder la mesure de référence ({baselineDate}).',
    de: 'Eine jährliche Messung oder eine Abschlussmessung kann nicht vor der Nullmessung ({baselineDate}) liegen.',
    en: 'An annual or final measurement cannot be dated before the baseline ({baselineDate}).',
  },
  'MEASUREMENT.LOCKED': {
    nl: 'Deze meting is vergrendeld en kan niet meer gewijzigd worden. Start een correctie om ze te verbeteren.',
    fr: 'Cette mesure est verrouillée et ne peut plus être modifiée. Pour la rectifier, commencez une correction.',
    de: 'Diese Messung ist gesperrt und kann nicht mehr geändert werden. Beginnen Sie eine Korrektur, um sie zu berichtigen.',
    en: 'This measurement is locked and can no longer be changed. To correct it, start a correction.',
  },
  'MEASUREMENT.UNKNOWN_ELEMENT': {
    nl: 'Dit element staat niet in de IMF-catalogus.',
    fr: 'Cet élément ne figure pas dans le catalogue IMF.',
    de: 'Dieses Element ist nicht im IMF-Katalog enthalten.',
    en: 'This element is not in the IMF catalogue.',
  },
  'MEASUREMENT.INVALID_LEVEL': {
    nl: 'Kies een niveau van 1 tot 5, “niet beoordeeld” of “niet van toepassing”.',
    fr: 'Choisissez un niveau de 1 à 5, « non évalué » ou « sans objet ».',
    de: 'Wählen Sie eine Stufe von 1 bis 5, „nicht bewertet“ oder „nicht zutreffend“.',
    en: 'Choose a level from 1 to 5, “not assessed” or “not applicable”.',
  },
  'MEASUREMENT.INVALID_TARGET': {
    nl: 'Het streefniveau moet tussen 1 en 5 liggen of leeg blijven.',
    fr: 'Le niveau cible doit être compris entre 1 et 5, ou rester vide.',
    de: 'Die Zielstufe muss zwischen 1 und 5 liegen oder leer bleiben.',
    en: 'The target level must be from 1 to 5, or left empty.',
  },
  'MEASUREMENT.INVALID_LINK': {
    nl: 'Links naar bewijsstukken moeten webadressen zijn die beginnen met http:// of https://.',
    fr: 'Les liens vers les preuves doivent être des adresses web commençant par http:// ou https://.',
    de: 'Links zu Nachweisen müssen Webadressen sein, die mit http:// oder https:// beginnen.',
    en: 'Evidence links must be web addresses that start with http:// or https://.',
  },
  'MEASUREMENT.NOTE_TOO_LONG': {
    nl: 'De notitie is te lang: maximaal {max, number} tekens.',
    fr: 'La note est trop longue : {max, number} caractères au maximum.',
    de: 'Die Notiz ist zu lang: höchstens {max, number} Zeichen.',
    en: 'The note is too long: at most {max, number} characters.',
  },
  'MEASUREMENT.DISSENT_TOO_LONG': {
    nl: 'De notitie over de afwijkende mening is te lang: maximaal {max, number} tekens.',
    fr: 'La note sur le désaccord est trop longue : {max, number} caractères au maximum.',
    de: 'Die Notiz zur abweichenden Meinung ist zu lang: höchstens {max, number} Zeichen.',
    en: 'The dissent note is too long: at most {max, number} characters.',
  },
  'MEASUREMENT.INCOMPLETE': {
    nl: '{count, plural, one {# element heeft} other {# elementen hebben}} nog geen beoordeling. Beoordeel elk element (of duid “niet van toepassing” aan) voor u de meting vergrendelt.',
    fr: "{count, plural, one {# élément n'a} other {# éléments n'ont}} pas encore d'évaluation. Évaluez chaque élément (ou indiquez « sans objet ») avant de verrouiller la mesure.",
    de: '{count, plural, one {# Element hat} other {# Elemente haben}} noch keine Bewertung. Bewerten Sie jedes Element (oder wählen Sie „nicht zutreffend“), bevor Sie die Messung sperren.',
    en: '{count, plural, one {# element has} other {# elements have}} no rating yet. Rate every element (or mark it “not applicable”) before locking the measurement.',
  },
  'MEASUREMENT.NOT_LOCKED': {
    nl: 'Alleen een vergrendelde meting kan gecorrigeerd worden.',
    fr: 'Seule une mesure verrouillée peut être corrigée.',
    de: 'Nur eine gesperrte Messung kann korrigiert werden.',
    en: 'Only a locked measurement can be corrected.',
  },
  'MEASUREMENT.ALREADY_CORRECTED': {
    nl: 'Deze meting werd al gecorrigeerd. Corrigeer de meest recente correctie.',
    fr: 'Cette mesure a déjà été corrigée. Corrigez plutôt la correction la plus récente.',
    de: 'Diese Messung wurde bereits korrigiert. Korrigieren Sie stattdessen die neueste Korrektur.',
    en: 'This measurement has already been corrected. Correct the latest correction instead.',
  },
  'MEASUREMENT.NOT_MULTI_RATER': {
    nl: 'Deze meting wordt door één beoordelaar ingevuld. Individuele beoordelingen en een gezamenlijke beoordeling horen alleen bij een meting met meerdere beoordelaars.',
    fr: "Cette mesure est remplie par un seul évaluateur. Les évaluations individuelles et l'évaluation commune ne concernent que les mesures à plusieurs évaluateurs.",
    de: 'Diese Messung wird von einer einzigen Person bewertet. Einzelbewertungen und eine gemeinsame Bewertung gibt es nur bei Messungen mit mehreren bewertenden Personen.',
    en: 'This measurement is rated by a single rater. Individual ratings and an agreed rating only apply to a measurement with several raters.',
  },
  'MEASUREMENT.DISSENT_REQUIRED': {
    nl: 'De gezamenlijke beoordeling wijkt sterk af van {count, plural, one {# individuele beoordeling} other {# individuele beoordelingen}} (twee niveaus of meer, of een andere kijk op de toepasselijkheid). Noteer de afwijkende mening.',
    fr: "L'évaluation commune s'écarte fortement de {count, plural, one {# évaluation individuelle} other {# évaluations individuelles}} (deux niveaux ou plus, ou un autre avis sur la pertinence). Consignez le désaccord.",
    de: 'Die gemeinsame Bewertung weicht stark von {count, plural, one {# Einzelbewertung} other {# Einzelbewertungen}} ab (zwei Stufen oder mehr oder eine andere Sicht auf die Anwendbarkeit). Halten Sie die abweichende Meinung fest.',
    en: 'The agreed rating differs strongly from {count, plural, one {# individual rating} other {# individual ratings}} (two levels or more, or a different view on applicability). Record the dissent.',
  },
} as const satisfies Record<string, LocalizedText>;

export type MaturityErrorCode = keyof typeof MATURITY_ERRORS;

/** A business failure of the maturity model. */
export type MaturityError = DomainError<MaturityErrorCode>;

/** The outcome of an operation of the maturity model. */
export type MaturityResult<T> = Result<T, MaturityError>;
