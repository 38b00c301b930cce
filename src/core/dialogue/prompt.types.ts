import type { ImfFunction } from '../catalogue/catalogue.types';
import type { LocalizedText } from '../shared/locale';

/**
 * The police processes where integrity is most under pressure. Taken from the AIG model plan
 * (information protection and database consultation, side activities, gifts, alcohol, drugs,
 * driving, social media, use of force, profiling, conflicts of interest, working time and
 * resources, purchasing) and from IntoSAINT's inherent vulnerabilities (managing seized goods and
 * information); every dialogue prompt is tagged with one.
 */
export const VULNERABLE_PROCESSES = [
  'database-consultation',
  'gifts-and-hospitality',
  'side-activities',
  'use-of-force',
  'social-media',
  'seized-goods',
  'confidentiality',
  'conflicts-of-interest',
  'colleague-misconduct',
  'working-time-and-resources',
  'alcohol-and-drugs',
  'discrimination-and-profiling',
  'procurement',
  'leadership-and-speaking-up',
  'driving-and-vehicles',
  'off-duty-conduct',
] as const;
export type VulnerableProcess = (typeof VULNERABLE_PROCESSES)[number];

/** A dilemma has no obvious answer; a question invites the team to reflect on its own practice. */
export const PROMPT_KINDS = ['dilemma', 'question'] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

/** Who wrote a prompt: the app's own library, the entity (zone or directorate), or the AIG. */
export const PROMPT_SOURCES = ['built-in', 'entity', 'aig'] as const;
export type PromptSource = (typeof PROMPT_SOURCES)[number];

/** The sources a SharePoint list of added prompts may name; `built-in` belongs to the app. */
export const CUSTOM_PROMPT_SOURCES = ['entity', 'aig'] as const;
export type CustomPromptSource = (typeof CUSTOM_PROMPT_SOURCES)[number];

/** An inactive prompt is kept (its key stays reserved and its history readable) but never posted. */
export const PROMPT_STATUSES = ['active', 'inactive'] as const;
export type PromptStatus = (typeof PROMPT_STATUSES)[number];

/**
 * The monthly integrity-dialogue prompt: a police-specific dilemma or question for the team to
 * discuss, with facilitation tips for the leader.
 */
export type DialoguePrompt = {
  /** Stable kebab-case id (`ang-lookup-for-a-neighbour`); history refers to prompts by key. */
  readonly key: string;
  /** The IMF function the prompt mainly exercises. */
  readonly function: ImfFunction;
  readonly vulnerableProcess: VulnerableProcess;
  readonly kind: PromptKind;
  readonly title: LocalizedText;
  readonly text: LocalizedText;
  /** Two or three tips for the leader who facilitates the discussion. */
  readonly tips: readonly LocalizedText[];
  readonly source: PromptSource;
  readonly status: PromptStatus;
};

/*
 * Limits that keep a channel card small. They apply per language, so a German text that runs
 * longer than its English original still has to fit.
 */

/** Longest key, so it fits the key column and an idempotency key comfortably. */
export const PROMPT_KEY_MAX = 64;
export const PROMPT_TITLE_MAX = 80;
export const PROMPT_TEXT_MAX = 600;
export const PROMPT_TIP_MAX = 200;
export const PROMPT_TIPS_MIN = 2;
export const PROMPT_TIPS_MAX = 3;

/** Lower-case words and digits joined by single hyphens. */
export const PROMPT_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
