import { z } from 'zod';
import { IMF_FUNCTIONS } from '../catalogue/catalogue.types';
import type { LocalizedText } from '../shared/locale';
import type { DialogueErrorCode } from './dialogue.errors';
import {
  CUSTOM_PROMPT_SOURCES,
  PROMPT_KEY_MAX,
  PROMPT_KEY_PATTERN,
  PROMPT_KINDS,
  PROMPT_SOURCES,
  PROMPT_STATUSES,
  PROMPT_TEXT_MAX,
  PROMPT_TIPS_MAX,
  PROMPT_TIPS_MIN,
  PROMPT_TIP_MAX,
  PROMPT_TITLE_MAX,
  VULNERABLE_PROCESSES,
  type DialoguePrompt,
} from './prompt.types';

/*
 * Schemas of a dialogue prompt. Prompts added by an entity or the AIG come from a SharePoint list
 * that people edit by hand, so everything is checked: every language present and within the card
 * limits, known enum values, a well-formed key. Custom checks carry their business code in
 * `params.code`; `prompt.validate.ts` turns every zod issue into a `DialogueError`.
 */

/** Parameters of a custom issue: the business code and the details its message interpolates. */
function issueParams(
  code: DialogueErrorCode,
  details: Readonly<Record<string, string | number>> = {},
): { readonly params: Readonly<Record<string, string | number>> } {
  return { params: { ...details, code } };
}

/** A text in one language: more than white space, at most `max` characters. */
function textSchema(max: number) {
  return z
    .string()
    .max(max)
    .refine((value) => value.trim().length > 0, issueParams('DIALOGUE.FIELD_REQUIRED'));
}

/** A text in all four languages; a missing language is an error, never a silent fallback. */
function localizedTextSchema(max: number) {
  const text = textSchema(max);
  return z.object({ nl: text, fr: text, de: text, en: text }) satisfies z.ZodType<LocalizedText>;
}

/** Shortens a hand-typed value before it goes into a message. */
export function excerpt(value: string, max = 80): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
}

/** A stable kebab-case key; one business code for both a bad shape and a too long key. */
export const promptKeySchema = z.string().superRefine((key, ctx) => {
  if (key.trim().length === 0) {
    ctx.addIssue({ code: 'custom', input: key, ...issueParams('DIALOGUE.FIELD_REQUIRED') });
  } else if (key.length > PROMPT_KEY_MAX || !PROMPT_KEY_PATTERN.test(key)) {
    ctx.addIssue({
      code: 'custom',
      input: key,
      ...issueParams('DIALOGUE.INVALID_KEY', { value: excerpt(key), max: PROMPT_KEY_MAX }),
    });
  }
});

/** Two or three tips for the leader; the count is checked once the tips themselves are read. */
const tipsSchema = z.array(localizedTextSchema(PROMPT_TIP_MAX)).superRefine((tips, ctx) => {
  if (tips.length < PROMPT_TIPS_MIN || tips.length > PROMPT_TIPS_MAX) {
    ctx.addIssue({
      code: 'custom',
      input: tips,
      ...issueParams('DIALOGUE.TIP_COUNT', {
        min: PROMPT_TIPS_MIN,
        max: PROMPT_TIPS_MAX,
        count: tips.length,
      }),
    });
  }
});

/** An empty status column (null or absent) reads as active: adding a row is meant to use it. */
const statusSchema = z.preprocess(
  (value) => value ?? undefined,
  z.enum(PROMPT_STATUSES).default('active'),
);

const promptShape = {
  key: promptKeySchema,
  function: z.enum(IMF_FUNCTIONS),
  vulnerableProcess: z.enum(VULNERABLE_PROCESSES),
  kind: z.enum(PROMPT_KINDS),
  title: localizedTextSchema(PROMPT_TITLE_MAX),
  text: localizedTextSchema(PROMPT_TEXT_MAX),
  tips: tipsSchema,
  source: z.enum(PROMPT_SOURCES),
  status: statusSchema,
};

/** Any dialogue prompt, built-in or added; used by tests to hold the library to the same rules. */
export const dialoguePromptSchema = z.object(promptShape) satisfies z.ZodType<DialoguePrompt>;

/** A prompt added by an entity or the AIG: `built-in` is reserved for the app's own library. */
export const customPromptSchema = z.object({
  ...promptShape,
  source: z.enum(CUSTOM_PROMPT_SOURCES),
}) satisfies z.ZodType<DialoguePrompt>;
