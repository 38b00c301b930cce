import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import type { Locale } from '../../../../core/shared/locale';
import type { DraftRecord } from '../../../data/drafts';
import { ratingText } from '../rating-options';
import { useLockedDraftsStyles } from './LockedDrafts.styles';
import { unsavedRatings, type UnsavedRating } from './unsaved-ratings';

export type LockedDraftsProps = {
  /** The rating drafts of the locked measurement (none: nothing is shown). */
  readonly drafts: readonly DraftRecord[];
  readonly language: Locale;
  /** Removes the drafts shown from this device; how many went. */
  readonly onDiscard: (shown: readonly DraftRecord[]) => Promise<number>;
};

type Discarded = { readonly kind: 'none' } | { readonly kind: 'done'; readonly count: number };

/**
 * Rating edits kept on this device that a locked measurement will never take: which elements and
 * values, so the person can note them (e.g. for a correction), and a confirmed way to discard them.
 */
export function LockedDrafts({
  drafts,
  language,
  onDiscard,
}: LockedDraftsProps): JSX.Element | null {
  const intl = useIntl();
  const styles = useLockedDraftsStyles();
  const [open, setOpen] = useState(false);
  const [discarded, setDiscarded] = useState<Discarded>({ kind: 'none' });
  const done = useRef<HTMLDivElement>(null);
  const unsaved = useMemo(() => unsavedRatings(drafts, language), [drafts, language]);

  // The button that had focus is gone with the notice: focus moves to the outcome instead.
  useEffect(() => {
    if (discarded.kind === 'done') done.current?.focus();
  }, [discarded]);

  if (unsaved.length === 0) {
    if (discarded.kind === 'none') return null;
    return (
      // Focusable (not in the tab order) so focus has somewhere to go once the notice is gone.
      <div ref={done} tabIndex={-1}>
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {intl.formatMessage({ id: 'measure.lockedDrafts.done' }, { count: discarded.count })}
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  }

  const itemText = (item: UnsavedRating): string => {
    const value =
      item.value === null
        ? intl.formatMessage({ id: 'measure.lockedDrafts.unreadable' })
        : ratingText(item.value, language);
    const text = intl.formatMessage(
      { id: 'measure.lockedDrafts.item' },
      { element: item.element, value },
    );
    return item.target === null
      ? text
      : `${text} · ${intl.formatMessage(
          { id: 'measure.element.target.value' },
          { level: ratingText(item.target, language) },
        )}`;
  };
  const discard = async (): Promise<void> => {
    setOpen(false);
    // Exactly the drafts listed: a newer edit kept meanwhile was not shown, so it stays.
    const count = await onDiscard(unsaved.map((u) => u.draft));
    setDiscarded({ kind: 'done', count });
  };

  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {intl.formatMessage({ id: 'measure.lockedDrafts.title' })}
        </MessageBarTitle>
        {intl.formatMessage({ id: 'measure.lockedDrafts.body' }, { count: unsaved.length })}
        <ul
          className={styles.list}
          aria-label={intl.formatMessage({ id: 'measure.lockedDrafts.list' })}
        >
          {unsaved.map((item) => (
            <li key={`${item.draft.kind}:${item.draft.id}`}>{itemText(item)}</li>
          ))}
        </ul>
      </MessageBarBody>
      <MessageBarActions>
        <Dialog
          open={open}
          modalType="alert"
          onOpenChange={(_event, data) => {
            setOpen(data.open);
          }}
        >
          <DialogTrigger disableButtonEnhancement>
            <Button>{intl.formatMessage({ id: 'measure.lockedDrafts.discard' })}</Button>
          </DialogTrigger>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>
                {intl.formatMessage({ id: 'measure.lockedDrafts.confirm.title' })}
              </DialogTitle>
              <DialogContent>
                {intl.formatMessage(
                  { id: 'measure.lockedDrafts.confirm.body' },
                  { count: unsaved.length },
                )}
              </DialogContent>
              <DialogActions>
                {/* Keeping them comes first: a stray Enter must not destroy anything. */}
                <DialogTrigger disableButtonEnhancement>
                  <Button appearance="primary">
                    {intl.formatMessage({ id: 'measure.lockedDrafts.confirm.keep' })}
                  </Button>
                </DialogTrigger>
                <Button onClick={() => void discard()}>
                  {intl.formatMessage({ id: 'measure.lockedDrafts.confirm.discard' })}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </MessageBarActions>
    </MessageBar>
  );
}
LockedDrafts.displayName = 'LockedDrafts';
