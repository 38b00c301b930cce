import { Button, MessageBar, MessageBarBody, ProgressBar, Text } from '@fluentui/react-components';
import { useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import type { DomainError } from '../../../../core/shared/result';
import type { ProvisionProgress } from '../../../../ports/list-provisioner';
import { useErrorText } from '../../../data/useErrorText';
import type { SetupServices } from '../../../providers/tab-services';
import { useSetupPageStyles } from '../SetupPage.styles';

type ListsState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running'; readonly progress: ProvisionProgress | null }
  | { readonly kind: 'failed'; readonly error: DomainError }
  | { readonly kind: 'done' };

export type ListsStepProps = {
  readonly setup: SetupServices;
  /** Lists the check found missing; 0 means the site is set up already. */
  readonly missing: number;
  readonly onNext: () => void;
};

/** Step 2: create the lists of manifest/lists.json, with a progress bar. Safe to run again. */
export function ListsStep({ setup, missing, onNext }: ListsStepProps): JSX.Element {
  const intl = useIntl();
  const styles = useSetupPageStyles();
  const errorText = useErrorText();
  const [state, setState] = useState<ListsState>(
    missing === 0 ? { kind: 'done' } : { kind: 'idle' },
  );

  const run = async (): Promise<void> => {
    setState({ kind: 'running', progress: null });
    const result = await setup.lists.provision((progress) => {
      setState({ kind: 'running', progress });
    });
    setState(result.ok ? { kind: 'done' } : { kind: 'failed', error: result.error });
  };

  const progress = state.kind === 'running' ? state.progress : null;
  return (
    <div className={styles.step}>
      {state.kind === 'done' ? (
        <MessageBar intent="success">
          <MessageBarBody>{intl.formatMessage({ id: 'setup.lists.done' })}</MessageBarBody>
        </MessageBar>
      ) : (
        <Text as="p">{intl.formatMessage({ id: 'setup.check.lists' }, { count: missing })}</Text>
      )}
      {state.kind === 'running' && (
        <div className={styles.progress}>
          <ProgressBar
            aria-label={intl.formatMessage({ id: 'setup.lists.progress' })}
            {...(progress === null ? {} : { value: progress.done / progress.total })}
          />
          <Text as="p" role="status">
            {progress === null
              ? intl.formatMessage({ id: 'setup.lists.starting' })
              : intl.formatMessage(
                  { id: 'setup.lists.status' },
                  { list: progress.list, done: progress.done, total: progress.total },
                )}
          </Text>
        </div>
      )}
      {state.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(state.error)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        {(state.kind === 'idle' || state.kind === 'failed') && (
          <Button appearance="primary" onClick={() => void run()}>
            {intl.formatMessage({ id: 'setup.lists.start' })}
          </Button>
        )}
        {state.kind === 'done' && (
          <Button appearance="primary" onClick={onNext}>
            {intl.formatMessage({ id: 'setup.next' })}
          </Button>
        )}
      </div>
    </div>
  );
}
