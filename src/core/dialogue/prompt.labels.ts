import type { LocalizedText } from '../shared/locale';
import type { PromptKind, PromptSource, VulnerableProcess } from './prompt.types';

/** How each vulnerable process is named on cards, in the tab and in exports. */
export const VULNERABLE_PROCESS_LABELS = {
  'database-consultation': {
    nl: 'Raadpleging van databanken',
    fr: 'Consultation des banques de données',
    de: 'Abfrage von Datenbanken',
    en: 'Database consultation',
  },
  'gifts-and-hospitality': {
    nl: 'Geschenken en uitnodigingen',
    fr: 'Cadeaux et invitations',
    de: 'Geschenke und Einladungen',
    en: 'Gifts and hospitality',
  },
  'side-activities': {
    nl: 'Nevenactiviteiten',
    fr: 'Activités complémentaires',
    de: 'Nebentätigkeiten',
    en: 'Side activities',
  },
  'use-of-force': {
    nl: 'Gebruik van dwang en geweld',
    fr: 'Recours à la contrainte et à la force',
    de: 'Anwendung von Zwang und Gewalt',
    en: 'Use of force',
  },
  'social-media': {
    nl: 'Sociale media',
    fr: 'Réseaux sociaux',
    de: 'Soziale Medien',
    en: 'Social media',
  },
  'seized-goods': {
    nl: 'Inbeslaggenomen goederen',
    fr: 'Biens saisis',
    de: 'Beschlagnahmte Gegenstände',
    en: 'Seized property',
  },
  confidentiality: {
    nl: 'Beroepsgeheim en discretie',
    fr: 'Secret professionnel et discrétion',
    de: 'Berufsgeheimnis und Verschwiegenheit',
    en: 'Confidentiality and professional secrecy',
  },
  'conflicts-of-interest': {
    nl: 'Belangenconflicten',
    fr: 'Conflits d’intérêts',
    de: 'Interessenkonflikte',
    en: 'Conflicts of interest',
  },
  'colleague-misconduct': {
    nl: 'Misstappen van collega’s',
    fr: 'Manquements de collègues',
    de: 'Fehlverhalten von Kollegen',
    en: 'Misconduct by colleagues',
  },
  'working-time-and-resources': {
    nl: 'Werktijd en middelen',
    fr: 'Temps de travail et moyens',
    de: 'Arbeitszeit und Dienstmittel',
    en: 'Working time and resources',
  },
  'alcohol-and-drugs': {
    nl: 'Alcohol en drugs',
    fr: 'Alcool et drogues',
    de: 'Alkohol und Drogen',
    en: 'Alcohol and drugs',
  },
  'discrimination-and-profiling': {
    nl: 'Discriminatie en etnisch profileren',
    fr: 'Discrimination et profilage ethnique',
    de: 'Diskriminierung und ethnisches Profiling',
    en: 'Discrimination and ethnic profiling',
  },
  procurement: {
    nl: 'Aankopen en overheidsopdrachten',
    fr: 'Achats et marchés publics',
    de: 'Beschaffung und öffentliche Aufträge',
    en: 'Purchasing and public procurement',
  },
  'leadership-and-speaking-up': {
    nl: 'Leiderschap en aanspreekcultuur',
    fr: 'Leadership et liberté de parole',
    de: 'Führung und offene Ansprache',
    en: 'Leadership and speaking up',
  },
  'driving-and-vehicles': {
    nl: 'Rijgedrag en dienstvoertuigen',
    fr: 'Conduite et véhicules de service',
    de: 'Fahrverhalten und Dienstfahrzeuge',
    en: 'Driving and service vehicles',
  },
  'off-duty-conduct': {
    nl: 'Gedrag buiten dienst',
    fr: 'Comportement en dehors du service',
    de: 'Verhalten außerhalb des Dienstes',
    en: 'Off-duty conduct',
  },
} as const satisfies Record<VulnerableProcess, LocalizedText>;

/** The card's kicker: "Dilemma of the month" reads as "Dilemma" plus the month. */
export const PROMPT_KIND_LABELS = {
  dilemma: { nl: 'Dilemma', fr: 'Dilemme', de: 'Dilemma', en: 'Dilemma' },
  question: { nl: 'Vraag', fr: 'Question', de: 'Frage', en: 'Question' },
} as const satisfies Record<PromptKind, LocalizedText>;

/** Where a prompt comes from, shown to the integrity officer who curates the list. */
export const PROMPT_SOURCE_LABELS = {
  'built-in': {
    nl: 'Standaardbibliotheek',
    fr: 'Bibliothèque standard',
    de: 'Standardbibliothek',
    en: 'Built-in library',
  },
  entity: {
    nl: 'Eigen entiteit',
    fr: 'Propre entité',
    de: 'Eigene Einheit',
    en: 'Own entity',
  },
  aig: { nl: 'AIG', fr: 'AIG', de: 'AIG', en: 'AIG' },
} as const satisfies Record<PromptSource, LocalizedText>;
