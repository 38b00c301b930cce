import { useMemo, type JSX } from 'react';
import { useIntl } from 'react-intl';
import type { Locale } from '../../../../core/shared/locale';
import { RefusedDrafts } from '../../../components/RefusedDrafts/RefusedDrafts';
import type { DraftRecord } from '../../../data/drafts';
import { ratingText } from '../rating-options';
import { unsavedRatings } from './unsaved-ratings';

export type LockedDraftsProps = {
  /** The rating drafts of the locked measurement (none: nothing is shown). */
  readonly drafts: readonly DraftRecord[];
  readonly language: Locale;
  /** Removes the drafts shown from this device; how many went. */
  readonly onDiscard: (shown: readonly DraftRecord[]) => Promise<number>;
};

/**
 * Rating edits kept on this device that a locked measurement will never take: which elements and
 * values (with the target, when one was set), so the person can note them (e.g. for a
 * correction), and a confirmed way to discard them.
 */
export function LockedDrafts({
  drafts,
  language,
  onDiscard,
}: LockedDraftsProps): JSX.Element | null {
  const intl = useIntl();
  const items = useMemo(
    () =>
      unsavedRatings(drafts, language).map((item) => {
        const value =
          item.value === null
            ? intl.formatMessage({ id: 'measure.lockedDrafts.unreadable' })
            : ratingText(item.value, language);
        const text = intl.formatMessage(
          { id: 'measure.lockedDrafts.item' },
          { element: item.element, value },
        );
        return {
          draft: item.draft,
          text:
            item.target === null
              ? text
              : `${text} · ${intl.formatMessage(
                  { id: 'measure.element.target.value' },
                  { level: ratingText(item.target, language) },
                )}`,
        };
      }),
    [drafts, language, intl],
  );
  return <RefusedDrafts messages="measure.lockedDrafts" items={items} onDiscard={onDiscard} />;
}
