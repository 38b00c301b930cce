import { APPROACH_LABELS as ELEMENT_APPROACH_LABELS } from '../../core/catalogue/catalogue.labels';
import type { ActionApproach } from '../../core/diagnostics/balance';
import type { LocalizedText } from '../../core/shared/locale';
import type { EvidenceLinkProblem } from '../../ports/evidence-store';

/*
 * Every heading and label the exports print, in the four languages. Labels the core already has
 * (the maturity scale, catalogue labels, SMART elements, identification fields, plan statuses,
 * PDCA phases) are imported from the core where they are used, not typed again here. Templates
 * use ICU MessageFormat like the core's SMART warnings; data is only ever passed as an argument,
 * never spliced into a template, so a user's text cannot be read as a placeholder.
 */

/** The seven sections of the AIG's model integrity policy plan, in the order of the model. */
export const PLAN_SECTIONS = [
  'identification',
  'ambition',
  'instruments',
  'actors',
  'monitoring',
  'evaluation',
  'communication',
] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

/** Section titles without their number; `sectionHeading` adds it ("1. …"). */
export const PLAN_SECTION_TITLES = {
  identification: {
    nl: 'Identificatie van de entiteit',
    fr: 'Identification de l’entité',
    de: 'Identifizierung der Einheit',
    en: 'Identification of the entity',
  },
  ambition: {
    nl: 'Meerjarige ambitie, visie en doelstellingen (SMART)',
    fr: 'Ambition pluriannuelle, vision et objectifs (SMART)',
    de: 'Mehrjährige Ambition, Vision und Ziele (SMART)',
    en: 'Multi-year ambition, vision and objectives (SMART)',
  },
  instruments: {
    nl: 'Instrumenten en acties',
    fr: 'Instruments et actions',
    de: 'Instrumente und Maßnahmen',
    en: 'Instruments and actions',
  },
  actors: { nl: 'Actoren', fr: 'Acteurs', de: 'Akteure', en: 'Actors' },
  monitoring: { nl: 'Monitoring', fr: 'Monitoring', de: 'Monitoring', en: 'Monitoring' },
  evaluation: {
    nl: 'Evaluatie en rapportage',
    fr: 'Évaluation et rapportage',
    de: 'Evaluierung und Berichterstattung',
    en: 'Evaluation and reporting',
  },
  communication: {
    nl: 'Communicatie',
    fr: 'Communication',
    de: 'Kommunikation',
    en: 'Communication',
  },
} as const satisfies Record<PlanSection, LocalizedText>;

/** Labels of the plan document (DOCX and PDF share them). */
export const PLAN_DOCUMENT_LABELS = {
  documentKind: {
    nl: 'Integriteitsbeleidsplan',
    fr: 'Plan de politique d’intégrité',
    de: 'Integritätsplan',
    en: 'Integrity policy plan',
  },
  status: { nl: 'Status', fr: 'Statut', de: 'Status', en: 'Status' },
  adoptedOn: {
    nl: 'Goedgekeurd op',
    fr: 'Adopté le',
    de: 'Verabschiedet am',
    en: 'Adopted on',
  },
  notAdopted: {
    nl: 'Nog niet goedgekeurd',
    fr: 'Pas encore adopté',
    de: 'Noch nicht verabschiedet',
    en: 'Not yet adopted',
  },
  period: { nl: 'Periode', fr: 'Période', de: 'Zeitraum', en: 'Period' },
  periodRange: {
    nl: '{start} tot {end}',
    fr: 'du {start} au {end}',
    de: '{start} bis {end}',
    en: '{start} to {end}',
  },
  mandateHolder: {
    nl: 'Bevoegde mandaathouder',
    fr: 'Mandataire compétent',
    de: 'Zuständiger Mandatsträger',
    en: 'Mandate holder',
  },
  generatedOn: {
    nl: 'Aangemaakt op {date}',
    fr: 'Généré le {date}',
    de: 'Erstellt am {date}',
    en: 'Generated on {date}',
  },
  page: {
    nl: 'Pagina {page} van {pages}',
    fr: 'Page {page} sur {pages}',
    de: 'Seite {page} von {pages}',
    en: 'Page {page} of {pages}',
  },
  nothingRecorded: {
    nl: 'Niets vastgelegd.',
    fr: 'Rien n’a été consigné.',
    de: 'Nichts erfasst.',
    en: 'Nothing recorded.',
  },
  // Section 2
  ambition: {
    nl: 'Ambitie en visie',
    fr: 'Ambition et vision',
    de: 'Ambition und Vision',
    en: 'Ambition and vision',
  },
  coreValues: {
    nl: 'Kernwaarden, codes en normen',
    fr: 'Valeurs fondamentales, codes et normes',
    de: 'Grundwerte, Kodizes und Normen',
    en: 'Core values, codes and norms',
  },
  needs: {
    nl: 'Specifieke behoeften',
    fr: 'Besoins spécifiques',
    de: 'Spezifischer Bedarf',
    en: 'Specific needs',
  },
  vulnerableProcesses: {
    nl: 'Kwetsbare processen en functies',
    fr: 'Processus et fonctions vulnérables',
    de: 'Anfällige Prozesse und Funktionen',
    en: 'Vulnerable processes and functions',
  },
  recommendations: {
    nl: 'Aanbevelingen',
    fr: 'Recommandations',
    de: 'Empfehlungen',
    en: 'Recommendations',
  },
  strategicObjectives: {
    nl: '2.1 Strategische doelstellingen',
    fr: '2.1 Objectifs stratégiques',
    de: '2.1 Strategische Ziele',
    en: '2.1 Strategic objectives',
  },
  strategicObjective: {
    nl: 'Strategische doelstelling',
    fr: 'Objectif stratégique',
    de: 'Strategisches Ziel',
    en: 'Strategic objective',
  },
  operationalObjectives: {
    nl: '2.2 Operationele doelstellingen',
    fr: '2.2 Objectifs opérationnels',
    de: '2.2 Operative Ziele',
    en: '2.2 Operational objectives',
  },
  /** Short codes that let sections 3 to 7 refer back to an objective of section 2. */
  strategicCode: { nl: 'SD', fr: 'OS', de: 'SZ', en: 'SO' },
  operationalCode: { nl: 'OD', fr: 'OO', de: 'OZ', en: 'OO' },
  objectivesWithoutStrategic: {
    nl: 'Operationele doelstellingen zonder gekende strategische doelstelling',
    fr: 'Objectifs opérationnels sans objectif stratégique connu',
    de: 'Operative Ziele ohne bekanntes strategisches Ziel',
    en: 'Operational objectives without a known strategic objective',
  },
  description: {
    nl: 'Omschrijving',
    fr: 'Description',
    de: 'Beschreibung',
    en: 'Description',
  },
  currentValue: {
    nl: 'Laatst gemeten waarde',
    fr: 'Dernière valeur mesurée',
    de: 'Zuletzt gemessener Wert',
    en: 'Latest measured value',
  },
  measuredOn: {
    nl: '{value} (gemeten op {date})',
    fr: '{value} (mesurée le {date})',
    de: '{value} (gemessen am {date})',
    en: '{value} (measured on {date})',
  },
  smartCheck: {
    nl: 'SMART-toets',
    fr: 'Contrôle SMART',
    de: 'SMART-Prüfung',
    en: 'SMART check',
  },
  smartComplete: {
    nl: 'Volledig SMART',
    fr: 'Entièrement SMART',
    de: 'Vollständig SMART',
    en: 'Fully SMART',
  },
  smartIncomplete: {
    nl: 'Onvolledig; ontbreekt: {missing}',
    fr: 'Incomplet ; manque : {missing}',
    de: 'Unvollständig; es fehlt: {missing}',
    en: 'Incomplete; missing: {missing}',
  },
  // Section 3
  elementsOfObjective: {
    nl: 'Instrumenten, processen en structuren',
    fr: 'Instruments, processus et structures',
    de: 'Instrumente, Prozesse und Strukturen',
    en: 'Instruments, processes and structures',
  },
  elementDetails: {
    nl: '{label} ({group}; {layer}; {approach})',
    fr: '{label} ({group} ; {layer} ; {approach})',
    de: '{label} ({group}; {layer}; {approach})',
    en: '{label} ({group}; {layer}; {approach})',
  },
  unknownElement: {
    nl: 'Onbekend element ({id})',
    fr: 'Élément inconnu ({id})',
    de: 'Unbekanntes Element ({id})',
    en: 'Unknown element ({id})',
  },
  actions: { nl: 'Acties', fr: 'Actions', de: 'Maßnahmen', en: 'Actions' },
  action: { nl: 'Actie', fr: 'Action', de: 'Maßnahme', en: 'Action' },
  instruments: {
    nl: 'Instrumenten',
    fr: 'Instruments',
    de: 'Instrumente',
    en: 'Instruments',
  },
  owner: {
    nl: 'Verantwoordelijke',
    fr: 'Responsable',
    de: 'Verantwortliche Person',
    en: 'Owner',
  },
  dueDate: { nl: 'Uiterste datum', fr: 'Échéance', de: 'Fällig am', en: 'Due date' },
  actionStatus: { nl: 'Stand', fr: 'État', de: 'Stand', en: 'Status' },
  hours: { nl: 'Uren', fr: 'Heures', de: 'Stunden', en: 'Hours' },
  budgetEur: { nl: 'Budget (EUR)', fr: 'Budget (EUR)', de: 'Budget (EUR)', en: 'Budget (EUR)' },
  subtotal: {
    nl: 'Subtotaal (zonder geannuleerde acties)',
    fr: 'Sous-total (hors actions annulées)',
    de: 'Zwischensumme (ohne abgebrochene Maßnahmen)',
    en: 'Subtotal (excluding cancelled actions)',
  },
  planTotal: {
    nl: 'Totaal van het plan (zonder geannuleerde acties)',
    fr: 'Total du plan (hors actions annulées)',
    de: 'Gesamtsumme des Plans (ohne abgebrochene Maßnahmen)',
    en: 'Plan total (excluding cancelled actions)',
  },
  balanceOfActions: {
    nl: 'Evenwicht van de acties: controlerend {controlling}, stimulerend {stimulating}. Evenwicht van het budget: controlerend {budgetControlling}, stimulerend {budgetStimulating}.',
    fr: 'Équilibre des actions : contrôle {controlling}, stimulation {stimulating}. Équilibre du budget : contrôle {budgetControlling}, stimulation {budgetStimulating}.',
    de: 'Gleichgewicht der Maßnahmen: kontrollierend {controlling}, stimulierend {stimulating}. Gleichgewicht des Budgets: kontrollierend {budgetControlling}, stimulierend {budgetStimulating}.',
    en: 'Balance of the actions: controlling {controlling}, stimulating {stimulating}. Balance of the budget: controlling {budgetControlling}, stimulating {budgetStimulating}.',
  },
  actionsWithoutObjective: {
    nl: 'Acties zonder gekende doelstelling',
    fr: 'Actions sans objectif connu',
    de: 'Maßnahmen ohne bekanntes Ziel',
    en: 'Actions without a known objective',
  },
  withoutObjective: {
    nl: 'Zonder gekende doelstelling',
    fr: 'Sans objectif connu',
    de: 'Ohne bekanntes Ziel',
    en: 'Without a known objective',
  },
  wholePlan: {
    nl: 'Het hele plan',
    fr: 'L’ensemble du plan',
    de: 'Der gesamte Plan',
    en: 'The whole plan',
  },
  // Section 4
  actor: { nl: 'Actor', fr: 'Acteur', de: 'Akteur', en: 'Actor' },
  role: { nl: 'Rol', fr: 'Rôle', de: 'Rolle', en: 'Role' },
  responsibilities: {
    nl: 'Verantwoordelijkheden',
    fr: 'Responsabilités',
    de: 'Verantwortlichkeiten',
    en: 'Responsibilities',
  },
  formalReactions: {
    nl: 'Formele reacties bij schendingen',
    fr: 'Réactions formelles aux manquements',
    de: 'Formelle Reaktionen auf Verstöße',
    en: 'Formal reactions to violations',
  },
  // Section 5
  monitoringMode: { nl: 'Vorm', fr: 'Type', de: 'Art', en: 'Mode' },
  how: { nl: 'Hoe', fr: 'Comment', de: 'Wie', en: 'How' },
  byWhom: { nl: 'Door wie', fr: 'Par qui', de: 'Durch wen', en: 'By whom' },
  frequency: { nl: 'Frequentie', fr: 'Fréquence', de: 'Häufigkeit', en: 'Frequency' },
  // Section 6
  evaluationCalendar: {
    nl: 'Evaluatiekalender',
    fr: 'Calendrier d’évaluation',
    de: 'Evaluierungskalender',
    en: 'Evaluation calendar',
  },
  when: { nl: 'Wanneer', fr: 'Quand', de: 'Wann', en: 'When' },
  who: { nl: 'Wie', fr: 'Qui', de: 'Wer', en: 'Who' },
  what: { nl: 'Wat', fr: 'Quoi', de: 'Was', en: 'What' },
  objective: { nl: 'Doelstelling', fr: 'Objectif', de: 'Ziel', en: 'Objective' },
  // Section 7
  internalCommunication: {
    nl: 'Interne communicatie',
    fr: 'Communication interne',
    de: 'Interne Kommunikation',
    en: 'Internal communication',
  },
  externalCommunication: {
    nl: 'Externe communicatie',
    fr: 'Communication externe',
    de: 'Externe Kommunikation',
    en: 'External communication',
  },
  concerns: { nl: 'Betreft', fr: 'Concerne', de: 'Betrifft', en: 'Concerns' },
  audience: { nl: 'Doelgroep', fr: 'Public cible', de: 'Zielgruppe', en: 'Audience' },
  means: { nl: 'Middelen', fr: 'Moyens', de: 'Mittel', en: 'Means' },
  cautions: {
    nl: 'Voorzorgen (onderzoeksgeheim, privacy)',
    fr: 'Précautions (secret de l’enquête, vie privée)',
    de: 'Vorkehrungen (Ermittlungsgeheimnis, Privatsphäre)',
    en: 'Cautions (secrecy of investigations, privacy)',
  },
} as const satisfies Record<string, LocalizedText>;

/*
 * The domain's own labels (IMF classifications, a plan's choices, a measurement's kind, status and
 * mode) live in the core beside the types they name, shared with the tab; the exports print them
 * as they are. Only "unclassified" (an action without a known element, a diagnostic of the
 * balance) is the exports' own.
 */
export {
  FUNCTION_LABELS,
  LAYER_LABELS,
  PILLAR_LABELS,
} from '../../core/catalogue/catalogue.labels';
export {
  ACTION_STATUS_LABELS,
  FREQUENCY_LABELS,
  MONITORING_MODE_LABELS,
} from '../../core/plan/plan-choice.labels';
export {
  MEASUREMENT_KIND_LABELS,
  MEASUREMENT_STATUS_LABELS,
  RATING_MODE_LABELS,
} from '../../core/maturity/measurement.labels';

/** How an element or action leans; "unclassified" is an action without a known element. */
export const APPROACH_LABELS = {
  ...ELEMENT_APPROACH_LABELS,
  unclassified: {
    nl: 'Niet ingedeeld',
    fr: 'Non classée',
    de: 'Nicht zugeordnet',
    en: 'Unclassified',
  },
} as const satisfies Record<ActionApproach, LocalizedText>;

/** The workbook's sheets; names stay within Excel's 31 characters and allowed characters. */
export const REPORT_SHEETS = [
  'matrix',
  'aggregates',
  'balance',
  'evidence',
  'changeLog',
  'measurements',
] as const;
export type ReportSheet = (typeof REPORT_SHEETS)[number];

export const REPORT_SHEET_NAMES = {
  matrix: { nl: 'Matrix', fr: 'Matrice', de: 'Matrix', en: 'Matrix' },
  aggregates: { nl: 'Aggregaten', fr: 'Agrégats', de: 'Aggregate', en: 'Aggregates' },
  balance: { nl: 'Evenwicht', fr: 'Équilibre', de: 'Gleichgewicht', en: 'Balance' },
  evidence: { nl: 'Bewijsstukken', fr: 'Pièces justificatives', de: 'Nachweise', en: 'Evidence' },
  changeLog: {
    nl: 'Wijzigingslogboek',
    fr: 'Journal des modifications',
    de: 'Änderungsprotokoll',
    en: 'Change log',
  },
  measurements: { nl: 'Metingen', fr: 'Mesures', de: 'Messungen', en: 'Measurements' },
} as const satisfies Record<ReportSheet, LocalizedText>;

/** Labels of the measurement report (XLSX). */
export const REPORT_LABELS = {
  title: {
    nl: 'Meetrapport maturiteit',
    fr: 'Rapport de mesure de la maturité',
    de: 'Reifegrad-Messbericht',
    en: 'Maturity measurement report',
  },
  yes: { nl: 'Ja', fr: 'Oui', de: 'Ja', en: 'Yes' },
  no: { nl: 'Nee', fr: 'Non', de: 'Nein', en: 'No' },
  // Matrix
  pillar: { nl: 'Pijler', fr: 'Pilier', de: 'Säule', en: 'Pillar' },
  function: { nl: 'Functie', fr: 'Fonction', de: 'Funktion', en: 'Function' },
  layer: { nl: 'Laag', fr: 'Couche', de: 'Ebene', en: 'Layer' },
  category: { nl: 'Categorie', fr: 'Catégorie', de: 'Kategorie', en: 'Category' },
  approach: { nl: 'Benadering', fr: 'Approche', de: 'Ansatz', en: 'Approach' },
  elementId: {
    nl: 'Element-id',
    fr: 'Identifiant de l’élément',
    de: 'Element-ID',
    en: 'Element id',
  },
  element: { nl: 'Element', fr: 'Élément', de: 'Element', en: 'Element' },
  targetLevel: { nl: 'Streefniveau', fr: 'Niveau cible', de: 'Zielniveau', en: 'Target level' },
  measurementColumn: {
    nl: '{kind} {date}',
    fr: '{kind} {date}',
    de: '{kind} {date}',
    en: '{kind} {date}',
  },
  openMeasurementColumn: {
    nl: '{kind} {date} (open)',
    fr: '{kind} {date} (ouverte)',
    de: '{kind} {date} (offen)',
    en: '{kind} {date} (open)',
  },
  // Aggregates
  grouping: { nl: 'Groepering', fr: 'Regroupement', de: 'Gruppierung', en: 'Grouping' },
  group: { nl: 'Groep', fr: 'Groupe', de: 'Gruppe', en: 'Group' },
  overall: { nl: 'Geheel', fr: 'Ensemble', de: 'Gesamt', en: 'Overall' },
  pillarLayer: {
    nl: 'Pijler × laag',
    fr: 'Pilier × couche',
    de: 'Säule × Ebene',
    en: 'Pillar × layer',
  },
  pillarLayerValue: {
    nl: '{pillar} – {layer}',
    fr: '{pillar} – {layer}',
    de: '{pillar} – {layer}',
    en: '{pillar} – {layer}',
  },
  measurement: { nl: 'Meting', fr: 'Mesure', de: 'Messung', en: 'Measurement' },
  measurementId: {
    nl: 'Meting-id',
    fr: 'Identifiant de la mesure',
    de: 'Messungs-ID',
    en: 'Measurement id',
  },
  date: { nl: 'Datum', fr: 'Date', de: 'Datum', en: 'Date' },
  elements: { nl: 'Elementen', fr: 'Éléments', de: 'Elemente', en: 'Elements' },
  rated: { nl: 'Beoordeeld', fr: 'Évalués', de: 'Bewertet', en: 'Rated' },
  median: { nl: 'Mediaan', fr: 'Médiane', de: 'Median', en: 'Median' },
  minimum: { nl: 'Minimum', fr: 'Minimum', de: 'Minimum', en: 'Minimum' },
  shareImplemented: {
    nl: 'Aandeel ≥ niveau 3',
    fr: 'Part ≥ niveau 3',
    de: 'Anteil ≥ Stufe 3',
    en: 'Share ≥ level 3',
  },
  deltaVsBaseline: {
    nl: 'Δ {figure} t.o.v. nulmeting',
    fr: 'Δ {figure} par rapport à la mesure de départ',
    de: 'Δ {figure} gegenüber Ausgangsmessung',
    en: 'Δ {figure} vs baseline',
  },
  deltaVsPrevious: {
    nl: 'Δ {figure} t.o.v. vorige meting',
    fr: 'Δ {figure} par rapport à la mesure précédente',
    de: 'Δ {figure} gegenüber vorheriger Messung',
    en: 'Δ {figure} vs previous measurement',
  },
  // Balance
  approachOfActions: {
    nl: 'Acties per benadering',
    fr: 'Actions par approche',
    de: 'Maßnahmen nach Ansatz',
    en: 'Actions by approach',
  },
  amountsByApproach: {
    nl: 'Budget en uren per benadering (“beide” telt half controlerend, half stimulerend)',
    fr: 'Budget et heures par approche (« les deux » compte pour moitié contrôle, moitié stimulation)',
    de: 'Budget und Stunden nach Ansatz („beides“ zählt je zur Hälfte kontrollierend und stimulierend)',
    en: 'Budget and hours by approach (“both” counts half controlling, half stimulating)',
  },
  count: { nl: 'Aantal', fr: 'Nombre', de: 'Anzahl', en: 'Count' },
  total: { nl: 'Totaal', fr: 'Total', de: 'Summe', en: 'Total' },
  controllingShare: {
    nl: 'Aandeel controlerend',
    fr: 'Part de contrôle',
    de: 'Anteil kontrollierend',
    en: 'Controlling share',
  },
  stimulatingShare: {
    nl: 'Aandeel stimulerend',
    fr: 'Part de stimulation',
    de: 'Anteil stimulierend',
    en: 'Stimulating share',
  },
  coverage: {
    nl: 'Dekking van de catalogus',
    fr: 'Couverture du catalogue',
    de: 'Abdeckung des Katalogs',
    en: 'Catalogue coverage',
  },
  linked: { nl: 'Gekoppeld', fr: 'Liés', de: 'Verknüpft', en: 'Linked' },
  share: { nl: 'Aandeel', fr: 'Part', de: 'Anteil', en: 'Share' },
  missingElements: {
    nl: 'Ontbrekende elementen',
    fr: 'Éléments manquants',
    de: 'Fehlende Elemente',
    en: 'Missing elements',
  },
  functionCoverage: {
    nl: 'Dekking van de vier functies',
    fr: 'Couverture des quatre fonctions',
    de: 'Abdeckung der vier Funktionen',
    en: 'Coverage of the four functions',
  },
  covered: { nl: 'Gedekt', fr: 'Couverte', de: 'Abgedeckt', en: 'Covered' },
  notCovered: { nl: 'Niet gedekt', fr: 'Non couverte', de: 'Nicht abgedeckt', en: 'Not covered' },
  linkedInstruments: {
    nl: 'Gekoppelde instrumenten',
    fr: 'Instruments liés',
    de: 'Verknüpfte Instrumente',
    en: 'Linked instruments',
  },
  instrumentsInCatalogue: {
    nl: 'Instrumenten in de catalogus',
    fr: 'Instruments du catalogue',
    de: 'Instrumente im Katalog',
    en: 'Instruments in the catalogue',
  },
  attentionPoints: {
    nl: 'Aandachtspunten',
    fr: 'Points d’attention',
    de: 'Hinweise',
    en: 'Points for attention',
  },
  finding: { nl: 'Vaststelling', fr: 'Constat', de: 'Feststellung', en: 'Finding' },
  itemId: { nl: 'Id', fr: 'Identifiant', de: 'ID', en: 'Id' },
  itemTitle: { nl: 'Titel', fr: 'Titre', de: 'Titel', en: 'Title' },
  objectiveWithoutActions: {
    nl: 'Doelstelling zonder acties',
    fr: 'Objectif sans actions',
    de: 'Ziel ohne Maßnahmen',
    en: 'Objective without actions',
  },
  actionWithoutOwner: {
    nl: 'Actie zonder verantwoordelijke',
    fr: 'Action sans responsable',
    de: 'Maßnahme ohne verantwortliche Person',
    en: 'Action without owner',
  },
  actionWithUnknownObjective: {
    nl: 'Actie met onbekende doelstelling',
    fr: 'Action avec un objectif inconnu',
    de: 'Maßnahme mit unbekanntem Ziel',
    en: 'Action with an unknown objective',
  },
  actionWithInvalidAmount: {
    nl: 'Actie met ongeldig budget of aantal uren (als nul geteld)',
    fr: 'Action avec un budget ou un nombre d’heures non valide (compté comme zéro)',
    de: 'Maßnahme mit ungültigem Budget oder ungültiger Stundenzahl (als null gezählt)',
    en: 'Action with an invalid budget or hours (counted as zero)',
  },
  unknownElementLink: {
    nl: 'Koppeling naar een onbekend element',
    fr: 'Lien vers un élément inconnu',
    de: 'Verknüpfung mit einem unbekannten Element',
    en: 'Link to an unknown element',
  },
  cancelledActions: {
    nl: 'Geannuleerde acties (niet meegeteld)',
    fr: 'Actions annulées (non comptées)',
    de: 'Abgebrochene Maßnahmen (nicht gezählt)',
    en: 'Cancelled actions (not counted)',
  },
  actionId: { nl: 'Actie-id', fr: 'Identifiant de l’action', de: 'Maßnahmen-ID', en: 'Action id' },
  // Evidence
  ratingId: {
    nl: 'Beoordelings-id',
    fr: 'Identifiant de l’évaluation',
    de: 'Bewertungs-ID',
    en: 'Rating id',
  },
  level: { nl: 'Niveau', fr: 'Niveau', de: 'Stufe', en: 'Level' },
  levelName: { nl: 'Benaming', fr: 'Intitulé', de: 'Bezeichnung', en: 'Name' },
  minimumEvidence: {
    nl: 'Minimaal bewijs voor dit niveau',
    fr: 'Preuve minimale pour ce niveau',
    de: 'Mindestnachweis für diese Stufe',
    en: 'Minimum evidence for this level',
  },
  rater: { nl: 'Beoordelaar', fr: 'Évaluateur', de: 'Bewerter', en: 'Rater' },
  rationale: { nl: 'Motivering', fr: 'Justification', de: 'Begründung', en: 'Rationale' },
  dissent: {
    nl: 'Afwijkende mening',
    fr: 'Opinion divergente',
    de: 'Abweichende Meinung',
    en: 'Dissent',
  },
  fileName: { nl: 'Bestandsnaam', fr: 'Nom du fichier', de: 'Dateiname', en: 'File name' },
  url: { nl: 'Adres (URL)', fr: 'Adresse (URL)', de: 'Adresse (URL)', en: 'Address (URL)' },
  sha256: { nl: 'SHA-256', fr: 'SHA-256', de: 'SHA-256', en: 'SHA-256' },
  modifiedAt: { nl: 'Gewijzigd op', fr: 'Modifié le', de: 'Geändert am', en: 'Modified at' },
  problem: { nl: 'Probleem', fr: 'Problème', de: 'Problem', en: 'Problem' },
  // Change log
  at: { nl: 'Tijdstip', fr: 'Moment', de: 'Zeitpunkt', en: 'At' },
  by: { nl: 'Door', fr: 'Par', de: 'Von', en: 'By' },
  item: { nl: 'Item', fr: 'Élément modifié', de: 'Eintrag', en: 'Item' },
  field: { nl: 'Veld', fr: 'Champ', de: 'Feld', en: 'Field' },
  from: { nl: 'Oude waarde', fr: 'Ancienne valeur', de: 'Alter Wert', en: 'From' },
  to: { nl: 'Nieuwe waarde', fr: 'Nouvelle valeur', de: 'Neuer Wert', en: 'To' },
  origin: { nl: 'Herkomst', fr: 'Origine', de: 'Herkunft', en: 'Origin' },
  originApp: { nl: 'In de app', fr: 'Dans l’application', de: 'In der App', en: 'In the app' },
  originOutside: {
    nl: 'Buiten de app (in SharePoint)',
    fr: 'Hors de l’application (dans SharePoint)',
    de: 'Außerhalb der App (in SharePoint)',
    en: 'Outside the app (in SharePoint)',
  },
  // Measurements
  kind: { nl: 'Soort', fr: 'Type', de: 'Art', en: 'Kind' },
  status: { nl: 'Status', fr: 'Statut', de: 'Status', en: 'Status' },
  ratingMode: {
    nl: 'Beoordelingswijze',
    fr: 'Mode d’évaluation',
    de: 'Bewertungsmodus',
    en: 'Rating mode',
  },
  lockedOn: { nl: 'Vergrendeld op', fr: 'Verrouillée le', de: 'Gesperrt am', en: 'Locked on' },
  lockedBy: { nl: 'Vergrendeld door', fr: 'Verrouillée par', de: 'Gesperrt von', en: 'Locked by' },
  corrects: { nl: 'Corrigeert', fr: 'Corrige', de: 'Korrigiert', en: 'Corrects' },
  inMatrix: {
    nl: 'In de matrix',
    fr: 'Dans la matrice',
    de: 'In der Matrix',
    en: 'In the matrix',
  },
  phaseOn: {
    nl: 'PDCA-fase op {date}: {phase}',
    fr: 'Phase PDCA le {date} : {phase}',
    de: 'PDCA-Phase am {date}: {phase}',
    en: 'PDCA phase on {date}: {phase}',
  },
  phaseUnknown: {
    nl: 'PDCA-fase op {date}: niet te bepalen (planperiode ongeldig)',
    fr: 'Phase PDCA le {date} : impossible à déterminer (période du plan non valide)',
    de: 'PDCA-Phase am {date}: nicht bestimmbar (ungültiger Planzeitraum)',
    en: 'PDCA phase on {date}: cannot be determined (invalid plan period)',
  },
  scale: {
    nl: 'Maturiteitsschaal',
    fr: 'Échelle de maturité',
    de: 'Reifegradskala',
    en: 'Maturity scale',
  },
  meaning: { nl: 'Betekenis', fr: 'Signification', de: 'Bedeutung', en: 'Meaning' },
  pdca: { nl: 'PDCA', fr: 'PDCA', de: 'PDCA', en: 'PDCA' },
} as const satisfies Record<string, LocalizedText>;

/** Why an evidence link has no digest in the report, beside the link (see EvidenceStore). */
export const EVIDENCE_PROBLEM_LABELS = {
  'EVIDENCE.OUTSIDE_LIBRARY': {
    nl: 'De link wijst buiten de documentbibliotheken van de teamsite; er is geen vingerafdruk berekend.',
    fr: 'Le lien pointe hors des bibliothèques de documents du site de l’équipe ; aucune empreinte n’a été calculée.',
    de: 'Der Link verweist außerhalb der Dokumentbibliotheken der Teamwebsite; es wurde kein Hashwert berechnet.',
    en: 'The link points outside the team site’s document libraries; no digest was computed.',
  },
  'EVIDENCE.NOT_FOUND': {
    nl: 'Het bestand staat niet (meer) in de bibliotheek.',
    fr: 'Le fichier ne se trouve pas (ou plus) dans la bibliothèque.',
    de: 'Die Datei ist nicht (mehr) in der Bibliothek.',
    en: 'The file is not (or no longer) in the library.',
  },
  'EVIDENCE.NOT_A_FILE': {
    nl: 'De link wijst naar een map, niet naar een bestand.',
    fr: 'Le lien pointe vers un dossier, pas vers un fichier.',
    de: 'Der Link verweist auf einen Ordner, nicht auf eine Datei.',
    en: 'The link points to a folder, not to a file.',
  },
  'EVIDENCE.FORBIDDEN': {
    nl: 'U of de app mag dit bestand niet lezen.',
    fr: 'Vous-même ou l’application n’avez pas le droit de lire ce fichier.',
    de: 'Sie oder die App dürfen diese Datei nicht lesen.',
    en: 'You or the app may not read this file.',
  },
  'EVIDENCE.TOO_LARGE': {
    nl: 'Het bestand is groter dan 250 MB; er is geen vingerafdruk berekend.',
    fr: 'Le fichier dépasse 250 Mo ; aucune empreinte n’a été calculée.',
    de: 'Die Datei ist größer als 250 MB; es wurde kein Hashwert berechnet.',
    en: 'The file is larger than 250 MB; no digest was computed.',
  },
} as const satisfies Record<EvidenceLinkProblem, LocalizedText>;
