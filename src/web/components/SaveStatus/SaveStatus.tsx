import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { useErrorText } from '../../data/useErrorText';
import type { SaveState } from '../../data/useSaveQueue';
import { useSaveStatusStyles } from './SaveStatus.styles';

export type SaveStatusProps = {
  /** Offered when edits are kept as drafts or failed. */
  readonly onRetry?: () => void;
  readonly state: SaveState;
};

/**
 * Where the edits stand: saved, saving, kept on this device (offline) or refused, with the
 * reason. A live region, so screen readers hear the outcome of a save.
 */
export function SaveStatus({ onRetry, state }: SaveStatusProps): JSX.Element {
  const intl = useIntl();
  const errorText = useErrorText();
  const styles = useSaveStatusStyles();
  const retry =
    onRetry === undefined ? null : (
      <Button size="small" onClick={onRetry}>
        {intl.formatMessage({ id: 'save.retry' })}
      </Button>
    );
  const body = ((): JSX.Element => {
    switch (state.status) {
      case 'idle':
        return <Text>{intl.formatMessage({ id: 'save.idle' })}</Text>;
      case 'saving':
        return <Spinner size="tiny" label={intl.formatMessage({ id: 'save.saving' })} />;
      case 'saved':
        return <Text>{intl.formatMessage({ id: 'save.saved' })}</Text>;
      case 'draft':
        return (
          <MessageBar intent="warning">
            <MessageBarBody>
              {intl.formatMessage(
                { id: 'save.draft' },
                { count: state.count, message: errorText(state.error) },
              )}
            </MessageBarBody>
            {retry}
          </MessageBar>
        );
      case 'failed':
        return (
          <MessageBar intent="error">
            <MessageBarBody>
              {intl.formatMessage({ id: 'save.failed' }, { message: errorText(state.error) })}
            </MessageBarBody>
          </MessageBar>
        );
    }
  })();
  return (
    <div
      className={styles.root}
      role="status"
      aria-live="polite"
      aria-label={intl.formatMessage({ id: 'save.label' })}
    >
      {body}
    </div>
  );
}
