import { err, ok } from '../shared/result';
import { parsePeriodKey } from './period-key';
import type { PeriodKey } from './period-key';
import type { ScheduleResult } from './schedule.errors';

/** The cards the bot posts into a channel once a month. */
export const CARD_KINDS = ['pdca-reminder', 'dialogue-prompt'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

/** What an idempotency key identifies: one card of one kind, for one entity, for one month. */
export type IdempotencyKeyParts = {
  readonly kind: CardKind;
  readonly entityId: string;
  readonly period: PeriodKey;
};

/** SharePoint's limit for a single line of text column. */
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;

const SEPARATOR = ':';
// Longest kind + two separators + `YYYY-MM`: what is left of the 255 characters for the entity.
const ENTITY_PART_MAX_LENGTH =
  IDEMPOTENCY_KEY_MAX_LENGTH -
  Math.max(...CARD_KINDS.map((kind) => kind.length)) -
  2 * SEPARATOR.length -
  'YYYY-MM'.length;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ENCODED_ENTITY_PATTERN = /^(?:[A-Za-z0-9._-]|%[0-9A-F]{2})+$/;

/**
 * Percent-encodes everything outside `[A-Za-z0-9._-]` (UTF-8, upper-case hex). The key then holds
 * only characters SharePoint keeps as they are in a single line of text (no control characters,
 * no line breaks, no `#`/`%` surprises in URLs), the `:` separator cannot occur inside the entity
 * part, and a `'` never needs escaping in an OData `$filter`.
 */
function encodeEntityId(entityId: string): string {
  return encodeURIComponent(entityId).replace(
    /[!'()*~]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * The deterministic key of a channel card, e.g. `pdca-reminder:pz-demo:2027-01`: the same entity,
 * kind and month always give the same key, so the job stores it with the post and a re-run (or a
 * second, concurrent run) finds it and does not post twice.
 *
 * The entity id is percent-encoded (see above) and the key is at most 255 characters. SharePoint
 * compares text case-insensitively in `$filter`, so entity ids that differ only in case would
 * share a key there; entity ids are expected to be case-insensitively unique.
 *
 * Fails with `SCHEDULE.INVALID_ENTITY_ID` (empty, or a lone UTF-16 surrogate that has no UTF-8
 * form), `SCHEDULE.ENTITY_ID_TOO_LONG` or `SCHEDULE.INVALID_PERIOD_KEY`.
 */
export function idempotencyKey(parts: IdempotencyKeyParts): ScheduleResult<string> {
  const { kind, entityId, period } = parts;
  if (entityId.length === 0 || LONE_SURROGATE.test(entityId)) {
    return err('SCHEDULE.INVALID_ENTITY_ID');
  }
  const periodResult = parsePeriodKey(period);
  if (!periodResult.ok) return periodResult;
  const encoded = encodeEntityId(entityId);
  if (encoded.length > ENTITY_PART_MAX_LENGTH) {
    return err('SCHEDULE.ENTITY_ID_TOO_LONG', {
      max: ENTITY_PART_MAX_LENGTH,
      length: encoded.length,
    });
  }
  return ok([kind, encoded, period].join(SEPARATOR));
}

/**
 * Reads a key written by {@link idempotencyKey} back into its parts. Only the exact form that
 * function writes is accepted (so `%61` for `a`, or lower-case hex, is refused): every key maps to
 * one (kind, entity, month) and back. Fails with `SCHEDULE.INVALID_IDEMPOTENCY_KEY`.
 */
export function parseIdempotencyKey(key: string): ScheduleResult<IdempotencyKeyParts> {
  const invalid = err('SCHEDULE.INVALID_IDEMPOTENCY_KEY', { value: key });
  if (key.length > IDEMPOTENCY_KEY_MAX_LENGTH) return invalid;
  const parts = key.split(SEPARATOR);
  if (parts.length !== 3) return invalid;
  const [kind = '', encoded = '', period = ''] = parts;
  if (!isCardKind(kind) || !ENCODED_ENTITY_PATTERN.test(encoded)) return invalid;
  if (!parsePeriodKey(period).ok) return invalid;
  const entityId = decodeEntityId(encoded);
  if (entityId === null || encodeEntityId(entityId) !== encoded) return invalid;
  return ok({ kind, entityId, period });
}

function isCardKind(value: string): value is CardKind {
  return (CARD_KINDS as readonly string[]).includes(value);
}

function decodeEntityId(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    // reason: `%C3` alone (half a UTF-8 sequence) makes decodeURIComponent throw URIError.
    return null;
  }
}
