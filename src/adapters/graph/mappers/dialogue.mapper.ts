import { z } from 'zod';
import type { LocalizedText } from '../../../core/shared/locale';
import type { DialogueCount } from '../../../ports/dialogue-store';
import {
  dateOnlyOrNull,
  encodeDateOnly,
  lines,
  text,
  textOrNull,
  type Fields,
} from './field-codecs';

/** The count key of the manifest, `<entity>:<prompt key>` (unique and indexed). */
export function countKey(entityId: string, promptKey: string): string {
  return `${entityId}:${promptKey}`;
}

const LANGS = [
  ['nl', 'Nl'],
  ['fr', 'Fr'],
  ['de', 'De'],
  ['en', 'En'],
] as const;

function localized(f: Fields, prefix: string): Partial<LocalizedText> {
  const out: Record<string, string> = {};
  for (const [locale, suffix] of LANGS) {
    const value = textOrNull(f, `${prefix}${suffix}`);
    if (value !== null) out[locale] = value;
  }
  return out;
}

/** The tips of one language, one per line; the n-th lines of every language make tip n. */
function tips(f: Fields): Partial<LocalizedText>[] {
  const perLocale = LANGS.map(([locale, suffix]) => [locale, lines(f, `Tips${suffix}`)] as const);
  const count = Math.max(0, ...perLocale.map(([, values]) => values.length));
  return Array.from({ length: count }, (_, index) => {
    const tip: Record<string, string> = {};
    for (const [locale, values] of perLocale) {
      const value = values[index];
      if (value !== undefined) tip[locale] = value;
    }
    return tip;
  });
}

/**
 * An `IntegrityDialoguePrompts` item in the shape of a custom prompt (`customPromptSchema`), for
 * the core to validate: the adapter renames columns and splits the tips, it never fills a gap.
 * An empty column stays absent (or `null`), so the core reports the row with the missing field
 * instead of the card showing invented text. Tips are one per line in each `Tips<lang>` note:
 * line n of every language makes tip n, so a language with a line too few is reported on that
 * tip. `PromptActive` false is `inactive`; empty is active, as the core reads a missing status.
 */
export function customPromptRow(f: Fields): Record<string, unknown> {
  return {
    key: text(f, 'PromptKey'),
    function: textOrNull(f, 'ImfFunction'),
    vulnerableProcess: textOrNull(f, 'VulnerableProcess'),
    kind: textOrNull(f, 'PromptKind'),
    title: localized(f, 'Title'),
    text: localized(f, 'Question'),
    tips: tips(f),
    source: textOrNull(f, 'PromptSource'),
    status: f.PromptActive === false ? 'inactive' : 'active',
  };
}

const countSchema = z.object({
  EntityId: z.string().min(1),
  PromptKey: z.string().min(1),
  DiscussedCount: z.int().min(0),
});

/** A count item's fields as a count, or the reason it cannot be read. */
export function decodeCount(
  f: Fields,
): { ok: true; value: DialogueCount } | { ok: false; reason: string } {
  const checked = countSchema.safeParse({
    EntityId: f.EntityId,
    PromptKey: f.PromptKey,
    DiscussedCount: f.DiscussedCount ?? 0,
  });
  if (!checked.success) {
    return {
      ok: false,
      reason: checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    };
  }
  return {
    ok: true,
    value: {
      entityId: checked.data.EntityId,
      promptKey: checked.data.PromptKey,
      discussedCount: checked.data.DiscussedCount,
      lastDiscussedOn: dateOnlyOrNull(f, 'LastDiscussedOn'),
    },
  };
}

/** The fields of a count. Counts only: no person, by construction. */
export function encodeCount(count: DialogueCount): Record<string, unknown> {
  const key = countKey(count.entityId, count.promptKey);
  return {
    Title: key,
    CountKey: key,
    EntityId: count.entityId,
    PromptKey: count.promptKey,
    DiscussedCount: count.discussedCount,
    LastDiscussedOn: encodeDateOnly(count.lastDiscussedOn),
  };
}
