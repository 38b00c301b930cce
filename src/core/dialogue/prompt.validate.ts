import type { z } from 'zod';
import type { DialogueError, DialogueErrorCode } from './dialogue.errors';
import { isDialogueErrorCode } from './dialogue.errors';
import { customPromptSchema, excerpt } from './prompt.schema';
import type { DialoguePrompt } from './prompt.types';

/** An added prompt that was skipped, with every reason, so the integrity officer can fix the row. */
export type RejectedPrompt = {
  /** Position in the list as read (0-based); messages show it 1-based as `row`. */
  readonly index: number;
  /** The row's key when it has a readable one, to find the row in the list. */
  readonly key: string | null;
  readonly reasons: readonly DialogueError[];
};

/** The usable added prompts, in list order, and the rows that were skipped. */
export type ParsedCustomPrompts = {
  readonly prompts: readonly DialoguePrompt[];
  readonly rejected: readonly RejectedPrompt[];
};

/** `['tips', 1, 'de']` → `tips[1].de`. */
function formatFieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    const name = String(segment);
    return text === '' ? name : `${text}.${name}`;
  }, '');
}

function fieldError(
  code: DialogueErrorCode,
  field: string,
  details: Readonly<Record<string, string | number>> = {},
): DialogueError {
  return { code, details: { ...details, field } };
}

/** Keeps the string and number details of a custom issue; `code` travels separately. */
function customDetails(params: Readonly<Record<string, unknown>>): Record<string, string | number> {
  const details: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (key !== 'code' && (typeof value === 'string' || typeof value === 'number')) {
      details[key] = value;
    }
  }
  return details;
}

/**
 * Turns one zod issue on row `index` into a business error. Custom checks name their code in
 * `params.code`; built-in checks are recognised by their zod code. Anything unforeseen becomes
 * `DIALOGUE.INVALID_VALUE` rather than an exception, because list rows are edited by hand.
 */
export function toDialogueError(issue: z.core.$ZodIssue, index: number): DialogueError {
  const field = formatFieldPath(issue.path);
  if (issue.path.length === 0)
    return { code: 'DIALOGUE.INVALID_PROMPT', details: { row: index + 1 } };
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null
        ? fieldError('DIALOGUE.FIELD_REQUIRED', field)
        : fieldError('DIALOGUE.INVALID_VALUE', field);
    case 'too_big':
      return fieldError('DIALOGUE.FIELD_TOO_LONG', field, { max: Number(issue.maximum) });
    case 'invalid_value':
      // An enum reports a missing value as an invalid one; to the user it is a required field.
      if (issue.input === undefined || issue.input === null) {
        return fieldError('DIALOGUE.FIELD_REQUIRED', field);
      }
      return fieldError('DIALOGUE.INVALID_CHOICE', field, {
        allowed: issue.values.map(String).join(', '),
      });
    case 'custom': {
      const params: Readonly<Record<string, unknown>> = issue.params ?? {};
      const code = params['code'];
      return isDialogueErrorCode(code)
        ? fieldError(code, field, customDetails(params))
        : fieldError('DIALOGUE.INVALID_VALUE', field);
    }
    default:
      return fieldError('DIALOGUE.INVALID_VALUE', field);
  }
}

/** The key of a raw row, when it has one that can be shown; `null` otherwise. */
function readableKey(row: unknown): string | null {
  if (typeof row !== 'object' || row === null) return null;
  const key: unknown = (row as { readonly key?: unknown }).key;
  return typeof key === 'string' && key.trim() !== '' ? excerpt(key) : null;
}

/**
 * Reads the prompts an entity or the AIG added (rows of a SharePoint list, as mapped by the
 * adapter). Never throws on bad data: an invalid row is skipped and reported with every reason; a
 * row whose key is already taken by `reservedKeys` (the built-in library) or by an earlier row is
 * skipped as a duplicate, so a hand-made row can never shadow another prompt. Inactive prompts
 * are kept here; the rotation leaves them out.
 */
export function parseCustomPrompts(
  rows: readonly unknown[],
  reservedKeys: Iterable<string> = [],
): ParsedCustomPrompts {
  const taken = new Set(reservedKeys);
  const prompts: DialoguePrompt[] = [];
  const rejected: RejectedPrompt[] = [];
  rows.forEach((row, index) => {
    // reportInput keeps the offending value on each issue, to tell "missing" from "wrong type".
    const parsed = customPromptSchema.safeParse(row, { reportInput: true });
    if (!parsed.success) {
      const reasons = parsed.error.issues.map((issue) => toDialogueError(issue, index));
      rejected.push({ index, key: readableKey(row), reasons });
    } else if (taken.has(parsed.data.key)) {
      const key = parsed.data.key;
      rejected.push({
        index,
        key,
        reasons: [{ code: 'DIALOGUE.DUPLICATE_KEY', details: { key } }],
      });
    } else {
      taken.add(parsed.data.key);
      prompts.push(parsed.data);
    }
  });
  return { prompts, rejected };
}
