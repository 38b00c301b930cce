import type { LocalizedText } from '../core/shared/locale';

/*
 * Messages of the store's business failures, in ICU MessageFormat. `details.kind` is a
 * `RecordKind`; each language names it with the article and case its sentence needs (German
 * accusative after "hat … geändert"). French uses the typographic apostrophe (’) because a
 * straight one is a quote character in ICU.
 */

const NL_THE = `{kind, select, plan {het plan} strategicObjective {de strategische doelstelling} objective {de operationele doelstelling} action {de actie} arrangement {de afspraak} measurement {de meting} rating {de score} individualRating {de individuele score} settings {de instellingen} reminderLog {de herinneringsregistratie} other {het item}}`;
const FR_THE = `{kind, select, plan {le plan} strategicObjective {l’objectif stratégique} objective {l’objectif opérationnel} action {l’action} arrangement {la disposition} measurement {la mesure} rating {l’évaluation} individualRating {l’évaluation individuelle} settings {les paramètres} reminderLog {le journal des rappels} other {l’élément}}`;
const DE_THE_ACC = `{kind, select, plan {den Plan} strategicObjective {das strategische Ziel} objective {das operative Ziel} action {die Maßnahme} arrangement {die Regelung} measurement {die Messung} rating {die Bewertung} individualRating {die Einzelbewertung} settings {die Einstellungen} reminderLog {das Erinnerungsprotokoll} other {den Eintrag}}`;
const EN_THE = `{kind, select, plan {the plan} strategicObjective {the strategic objective} objective {the operational objective} action {the action} arrangement {the arrangement} measurement {the measurement} rating {the rating} individualRating {the individual rating} settings {the settings} reminderLog {the reminder log entry} other {the item}}`;

const NL_LABEL = `{kind, select, plan {plan} strategicObjective {strategische doelstelling} objective {operationele doelstelling} action {actie} arrangement {afspraak} measurement {meting} rating {score} individualRating {individuele score} settings {instellingen} reminderLog {herinneringsregistratie} other {item}}`;
const FR_LABEL = `{kind, select, plan {plan} strategicObjective {objectif stratégique} objective {objectif opérationnel} action {action} arrangement {disposition} measurement {mesure} rating {évaluation} individualRating {évaluation individuelle} settings {paramètres} reminderLog {journal des rappels} other {élément}}`;
const DE_LABEL = `{kind, select, plan {Plan} strategicObjective {strategisches Ziel} objective {operatives Ziel} action {Maßnahme} arrangement {Regelung} measurement {Messung} rating {Bewertung} individualRating {Einzelbewertung} settings {Einstellungen} reminderLog {Erinnerungsprotokoll} other {Eintrag}}`;
const EN_LABEL = `{kind, select, plan {plan} strategicObjective {strategic objective} objective {operational objective} action {action} arrangement {arrangement} measurement {measurement} rating {rating} individualRating {individual rating} settings {settings} reminderLog {reminder log entry} other {item}}`;

/**
 * Every business failure of the stores with its message in the app's four languages. Details:
 * `kind` (a record kind) and `id` where an item is concerned, `attempts` for throttling and
 * network failures, `reason` for invalid records and refused values.
 */
export const STORE_ERRORS = {
  'STORE.CONFLICT': {
    nl: `Iemand anders heeft ${NL_THE} intussen gewijzigd. Uw wijziging is niet bewaard, maar ook niet verloren: bekijk de huidige versie en breng uw wijziging opnieuw aan.`,
    fr: `Quelqu’un d’autre a modifié ${FR_THE} entre-temps. Votre modification n’a pas été enregistrée, mais elle n’est pas perdue : consultez la version actuelle et appliquez de nouveau votre modification.`,
    de: `Eine andere Person hat ${DE_THE_ACC} inzwischen geändert. Ihre Änderung wurde nicht gespeichert, ist aber nicht verloren: Sehen Sie sich die aktuelle Fassung an und übernehmen Sie Ihre Änderung erneut.`,
    en: `Someone else changed ${EN_THE} in the meantime. Your change was not saved, but it is not lost: review the current version and apply your change again.`,
  },
  'STORE.FORBIDDEN': {
    nl: `U mag ${NL_THE} niet wijzigen: alleen de eigenaars van het team kunnen dat. Vraag een eigenaar om toegang als u die nodig hebt.`,
    fr: `Vous ne pouvez pas modifier ${FR_THE} : seuls les propriétaires de l’équipe le peuvent. Demandez l’accès à un propriétaire si vous en avez besoin.`,
    de: `Sie dürfen ${DE_THE_ACC} nicht ändern: Das können nur die Besitzer des Teams. Bitten Sie einen Besitzer um Zugriff, wenn Sie ihn benötigen.`,
    en: `You may not change ${EN_THE}: only the team’s owners can. Ask an owner for access if you need it.`,
  },
  'STORE.NOT_FOUND': {
    nl: `We vinden ${NL_THE} niet meer terug; misschien heeft iemand anders het intussen verwijderd. Vernieuw het scherm om de huidige toestand te zien.`,
    fr: `Impossible de retrouver ${FR_THE} : cet élément a peut-être été supprimé entre-temps. Actualisez l’écran pour voir l’état actuel.`,
    de: `Wir finden ${DE_THE_ACC} nicht mehr; vielleicht hat jemand anderes den Eintrag inzwischen gelöscht. Aktualisieren Sie die Ansicht, um den aktuellen Stand zu sehen.`,
    en: `We can no longer find ${EN_THE}; someone else may have deleted it in the meantime. Refresh the screen to see the current state.`,
  },
  'STORE.THROTTLED': {
    nl: 'SharePoint is tijdelijk overbelast. Na {attempts, plural, one {# poging} other {# pogingen}} is het niet gelukt; er is niets gewijzigd en uw invoer blijft staan. Probeer het over enkele minuten opnieuw.',
    fr: 'SharePoint est temporairement surchargé. Échec après {attempts, plural, one {# tentative} other {# tentatives}} ; rien n’a été modifié et votre saisie est conservée. Réessayez dans quelques minutes.',
    de: 'SharePoint ist vorübergehend überlastet. Nach {attempts, plural, one {# Versuch} other {# Versuchen}} hat es nicht geklappt; es wurde nichts geändert und Ihre Eingaben bleiben erhalten. Versuchen Sie es in einigen Minuten erneut.',
    en: 'SharePoint is busy right now. It did not work after {attempts, plural, one {# attempt} other {# attempts}}; nothing was changed and what you entered is kept. Try again in a few minutes.',
  },
  'STORE.NETWORK': {
    nl: 'SharePoint is niet bereikbaar. Uw invoer blijft staan; controleer uw netwerkverbinding en probeer het opnieuw.',
    fr: 'SharePoint est injoignable. Votre saisie est conservée ; vérifiez votre connexion réseau et réessayez.',
    de: 'SharePoint ist nicht erreichbar. Ihre Eingaben bleiben erhalten; prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.',
    en: 'SharePoint cannot be reached. What you entered is kept; check your network connection and try again.',
  },
  'STORE.INVALID_RECORD': {
    nl: `Item {id} (${NL_LABEL}) werd rechtstreeks in SharePoint gewijzigd en is niet meer geldig: {reason}. Het wordt niet overschreven; corrigeer het in SharePoint of vraag het aan een eigenaar van het team.`,
    fr: `L’élément {id} (${FR_LABEL}) a été modifié directement dans SharePoint et n’est plus valide : {reason}. Il ne sera pas écrasé ; corrigez-le dans SharePoint ou adressez-vous à un propriétaire de l’équipe.`,
    de: `Der Eintrag {id} (${DE_LABEL}) wurde direkt in SharePoint bearbeitet und ist nicht mehr gültig: {reason}. Er wird nicht überschrieben; korrigieren Sie ihn in SharePoint oder wenden Sie sich an einen Besitzer des Teams.`,
    en: `Item {id} (${EN_LABEL}) was edited directly in SharePoint and is no longer valid: {reason}. It will not be overwritten; correct it in SharePoint or ask an owner of the team.`,
  },
  'STORE.VALIDATION': {
    nl: 'SharePoint weigert deze waarden: {reason}. Er is niets bewaard; pas uw invoer aan en probeer het opnieuw.',
    fr: 'SharePoint refuse ces valeurs : {reason}. Rien n’a été enregistré ; corrigez votre saisie et réessayez.',
    de: 'SharePoint lehnt diese Werte ab: {reason}. Es wurde nichts gespeichert; korrigieren Sie Ihre Eingaben und versuchen Sie es erneut.',
    en: 'SharePoint refused these values: {reason}. Nothing was saved; correct your input and try again.',
  },
  'STORE.DEPENDENCY_FAILED': {
    nl: `Deze wijziging (${NL_LABEL}) is niet uitgevoerd, omdat een wijziging waarvan ze afhangt is mislukt. Los eerst die fout op en bewaar dan opnieuw.`,
    fr: `Cette modification (${FR_LABEL}) n’a pas été effectuée, car une modification dont elle dépend a échoué. Résolvez d’abord cette erreur, puis enregistrez de nouveau.`,
    de: `Diese Änderung (${DE_LABEL}) wurde nicht ausgeführt, weil eine Änderung, von der sie abhängt, fehlgeschlagen ist. Beheben Sie zuerst diesen Fehler und speichern Sie dann erneut.`,
    en: `This change (${EN_LABEL}) was not made because a change it depends on failed. Fix that error first, then save again.`,
  },
  'STORE.LOCKED': {
    nl: `Deze meting is vergrendeld en kan niet meer gewijzigd worden: uw wijziging (${NL_LABEL}) is niet bewaard. Een vergrendelde meting is het auditrecord; start een correctie om een fout recht te zetten.`,
    fr: `Cette mesure est verrouillée et ne peut plus être modifiée : votre modification (${FR_LABEL}) n’a pas été enregistrée. Une mesure verrouillée est la trace d’audit ; lancez une correction pour rectifier une erreur.`,
    de: `Diese Messung ist gesperrt und kann nicht mehr geändert werden: Ihre Änderung (${DE_LABEL}) wurde nicht gespeichert. Eine gesperrte Messung ist der Prüfnachweis; starten Sie eine Korrektur, um einen Fehler zu berichtigen.`,
    en: `This measurement is locked and can no longer be changed: your change (${EN_LABEL}) was not saved. A locked measurement is the audit record; start a correction to put a mistake right.`,
  },
  'STORE.ARCHIVED': {
    nl: `Dit plan is gearchiveerd en kan niet meer gewijzigd worden: uw wijziging (${NL_LABEL}) is niet bewaard. Een gearchiveerd plan is het auditrecord; neem wat nog moet veranderen op in het huidige plan.`,
    fr: `Ce plan est archivé et ne peut plus être modifié : votre modification (${FR_LABEL}) n’a pas été enregistrée. Un plan archivé est la trace d’audit ; reprenez ce qui doit encore changer dans le plan actuel.`,
    de: `Dieser Plan ist archiviert und kann nicht mehr geändert werden: Ihre Änderung (${DE_LABEL}) wurde nicht gespeichert. Ein archivierter Plan ist der Prüfnachweis; übernehmen Sie, was sich noch ändern soll, in den aktuellen Plan.`,
    en: `This plan is archived and can no longer be changed: your change (${EN_LABEL}) was not saved. An archived plan is the audit record; carry over what still needs to change into the current plan.`,
  },
} as const satisfies Record<string, LocalizedText>;

export type StoreErrorMessageCode = keyof typeof STORE_ERRORS;
