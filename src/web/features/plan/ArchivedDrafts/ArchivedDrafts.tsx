import { useMemo, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { RefusedDrafts } from '../../../components/RefusedDrafts/RefusedDrafts';
import type { DraftRecord } from '../../../data/drafts';
import { unsavedPlanEdits } from './archived-drafts';

export type ArchivedDraftsProps = {
  /** The drafts of archived plans (none: nothing is shown). */
  readonly drafts: readonly DraftRecord[];
  /** Removes the drafts shown from this device; how many went. */
  readonly onDiscard: (shown: readonly DraftRecord[]) => Promise<number>;
};

/**
 * Plan edits kept on this device that an archived plan will never take: which records and titles,
 * so the person can note them (e.g. for the current plan), and a confirmed way to discard them.
 */
export function ArchivedDrafts({ drafts, onDiscard }: ArchivedDraftsProps): JSX.Element | null {
  const intl = useIntl();
  const items = useMemo(
    () =>
      unsavedPlanEdits(drafts).map((item) => ({
        draft: item.draft,
        text: intl.formatMessage(
          { id: 'plan.archivedDrafts.item' },
          {
            kind: item.draft.kind,
            title: item.title ?? intl.formatMessage({ id: 'plan.archivedDrafts.untitled' }),
          },
        ),
      })),
    [drafts, intl],
  );
  return <RefusedDrafts messages="plan.archivedDrafts" items={items} onDiscard={onDiscard} />;
}
