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
import type { DraftRecord } from '../../../data/drafts';
import { useArchivedDraftsStyles } from './ArchivedDrafts.styles';
import { unsavedPlanEdits, type UnsavedPlanEdit } from './archived-drafts';

export type ArchivedDraftsProps = {
  /** The drafts of archived plans (none: nothing is shown). */
  readonly drafts: readonly DraftRecord[];
  /** Removes the drafts shown from this device; how many went. */
  readonly onDiscard: (shown: readonly DraftRecord[]) => Promise<number>;
};

type Discarded = { readonly kind: 'none' } | { readonly kind: 'done'; readonly count: number };

/**
 * Plan edits kept on this device that an archived plan will never take: which records and titles,
 * so the person can note them (e.g. for the current plan), and a confirmed way to discard them.
 */
export function ArchivedDrafts({ drafts, onDiscard }: ArchivedDraftsProps): JSX.Element | null {
  const intl = useIntl();
  const styles = useArchivedDraftsStyles();
  const [open, setOpen] = useState(false);
  const [discarded, setDiscarded] = useState<Discarded>({ kind: 'none' });
  const done = useRef<HTMLDivElement>(null);
  const unsaved = useMemo(() => unsavedPlanEdits(drafts), [drafts]);

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
            {intl.formatMessage({ id: 'plan.archivedDrafts.done' }, { count: discarded.count })}
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  }

  const itemText = (item: UnsavedPlanEdit): string =>
    intl.formatMessage(
      { id: 'plan.archivedDrafts.item' },
      {
        kind: item.draft.kind,
        title: item.title ?? intl.formatMessage({ id: 'plan.archivedDrafts.untitled' }),
      },
    );
  const discard = async (): Promise<void> => {
    setOpen(false);
    // Exactly the drafts listed: a newer edit kept meanwhile was not shown, so it stays.
    const count = await onDiscard(unsaved.map((u) => u.draft));
    setDiscarded({ kind: 'done', count });
  };

  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{intl.formatMessage({ id: 'plan.archivedDrafts.title' })}</MessageBarTitle>
        {intl.formatMessage({ id: 'plan.archivedDrafts.body' }, { count: unsaved.length })}
        <ul
          className={styles.list}
          aria-label={intl.formatMessage({ id: 'plan.archivedDrafts.list' })}
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
            <Button>{intl.formatMessage({ id: 'plan.archivedDrafts.discard' })}</Button>
          </DialogTrigger>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>
                {intl.formatMessage({ id: 'plan.archivedDrafts.confirm.title' })}
              </DialogTitle>
              <DialogContent>
                {intl.formatMessage(
                  { id: 'plan.archivedDrafts.confirm.body' },
                  { count: unsaved.length },
                )}
              </DialogContent>
              <DialogActions>
                {/* Keeping them comes first: a stray Enter must not destroy anything. */}
                <DialogTrigger disableButtonEnhancement>
                  <Button appearance="primary">
                    {intl.formatMessage({ id: 'plan.archivedDrafts.confirm.keep' })}
                  </Button>
                </DialogTrigger>
                <Button onClick={() => void discard()}>
                  {intl.formatMessage({ id: 'plan.archivedDrafts.confirm.discard' })}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </MessageBarActions>
    </MessageBar>
  );
}
ArchivedDrafts.displayName = 'ArchivedDrafts';
