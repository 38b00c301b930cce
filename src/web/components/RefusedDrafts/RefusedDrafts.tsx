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
import { useEffect, useRef, useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import type { DraftRecord } from '../../data/drafts';
import { useRefusedDraftsStyles } from './RefusedDrafts.styles';

/** One edit kept on this device that its record will never take, as the notice lists it. */
export type RefusedDraft = { readonly draft: DraftRecord; readonly text: string };

/**
 * The messages of one kind of refusal; each prefix has the same keys: `title`, `body` and
 * `confirm.body` (ICU `count`), `list`, `discard`, `confirm.title`, `confirm.keep`,
 * `confirm.discard`, `done` (ICU `count`).
 */
export type RefusedDraftsMessages = 'measure.lockedDrafts' | 'plan.archivedDrafts';

export type RefusedDraftsProps = {
  readonly messages: RefusedDraftsMessages;
  /** The refused edits, in the order to list them (none: nothing is shown). */
  readonly items: readonly RefusedDraft[];
  /** Removes the drafts shown from this device; how many went. */
  readonly onDiscard: (shown: readonly DraftRecord[]) => Promise<number>;
};

type Discarded = { readonly kind: 'none' } | { readonly kind: 'done'; readonly count: number };

/**
 * Edits kept on this device that a closed record (a locked measurement, an archived plan) will
 * never take: what they were, so the person can note them, and a confirmed way to discard them.
 */
export function RefusedDrafts({
  messages,
  items,
  onDiscard,
}: RefusedDraftsProps): JSX.Element | null {
  const intl = useIntl();
  const styles = useRefusedDraftsStyles();
  const [open, setOpen] = useState(false);
  const [discarded, setDiscarded] = useState<Discarded>({ kind: 'none' });
  const done = useRef<HTMLDivElement>(null);

  // The button that had focus is gone with the notice: focus moves to the outcome instead.
  useEffect(() => {
    if (discarded.kind === 'done') done.current?.focus();
  }, [discarded]);

  if (items.length === 0) {
    if (discarded.kind === 'none') return null;
    return (
      // Focusable (not in the tab order) so focus has somewhere to go once the notice is gone.
      <div ref={done} tabIndex={-1}>
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {intl.formatMessage({ id: `${messages}.done` }, { count: discarded.count })}
          </MessageBarBody>
        </MessageBar>
      </div>
    );
  }

  const discard = async (): Promise<void> => {
    setOpen(false);
    // Exactly the drafts listed: a newer edit kept meanwhile was not shown, so it stays.
    const count = await onDiscard(items.map((item) => item.draft));
    setDiscarded({ kind: 'done', count });
  };

  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{intl.formatMessage({ id: `${messages}.title` })}</MessageBarTitle>
        {intl.formatMessage({ id: `${messages}.body` }, { count: items.length })}
        <ul className={styles.list} aria-label={intl.formatMessage({ id: `${messages}.list` })}>
          {items.map((item) => (
            <li key={`${item.draft.kind}:${item.draft.id}`}>{item.text}</li>
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
            <Button>{intl.formatMessage({ id: `${messages}.discard` })}</Button>
          </DialogTrigger>
          <DialogSurface>
            <DialogBody>
              <DialogTitle>{intl.formatMessage({ id: `${messages}.confirm.title` })}</DialogTitle>
              <DialogContent>
                {intl.formatMessage({ id: `${messages}.confirm.body` }, { count: items.length })}
              </DialogContent>
              <DialogActions>
                {/* Keeping them comes first: a stray Enter must not destroy anything. */}
                <DialogTrigger disableButtonEnhancement>
                  <Button appearance="primary">
                    {intl.formatMessage({ id: `${messages}.confirm.keep` })}
                  </Button>
                </DialogTrigger>
                <Button onClick={() => void discard()}>
                  {intl.formatMessage({ id: `${messages}.confirm.discard` })}
                </Button>
              </DialogActions>
            </DialogBody>
          </DialogSurface>
        </Dialog>
      </MessageBarActions>
    </MessageBar>
  );
}
RefusedDrafts.displayName = 'RefusedDrafts';
