import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import type { DomainError } from '../../../../core/shared/result';
import { useErrorText } from '../../../data/useErrorText';
import type { SetupServices } from '../../../providers/tab-services';
import { useSetupPageStyles } from '../SetupPage.styles';

type BotState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'installed' }
  | { readonly kind: 'missing'; readonly installing: boolean; readonly error: DomainError | null }
  /** The tab cannot look or add (no team, no catalogue id, no right): the person adds it. */
  | { readonly kind: 'manual'; readonly error: DomainError };

export type BotStepProps = {
  readonly setup: SetupServices;
  readonly onNext: () => void;
};

/** Step 4: the bot must be in the team to post the reminder; add it, or say the one click. */
export function BotStep({ setup, onNext }: BotStepProps): JSX.Element {
  const intl = useIntl();
  const styles = useSetupPageStyles();
  const errorText = useErrorText();
  const [state, setState] = useState<BotState>({ kind: 'checking' });

  useEffect(() => {
    let current = true;
    void setup.team.botInstallation().then((result) => {
      if (!current) return;
      if (!result.ok) setState({ kind: 'manual', error: result.error });
      else if (result.value === 'installed') setState({ kind: 'installed' });
      else setState({ kind: 'missing', installing: false, error: null });
    });
    return () => {
      current = false;
    };
  }, [setup]);

  const install = async (): Promise<void> => {
    setState({ kind: 'missing', installing: true, error: null });
    const result = await setup.team.installBot();
    if (result.ok) setState({ kind: 'installed' });
    else if (result.error.code === 'SETUP.REQUEST_FAILED') {
      setState({ kind: 'missing', installing: false, error: result.error });
    } else setState({ kind: 'manual', error: result.error });
  };

  if (state.kind === 'checking') {
    return <Spinner label={intl.formatMessage({ id: 'setup.bot.busy' })} />;
  }
  return (
    <div className={styles.step}>
      {state.kind === 'installed' && (
        <MessageBar intent="success">
          <MessageBarBody>{intl.formatMessage({ id: 'setup.bot.installed' })}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === 'missing' && (
        <>
          <Text as="p">{intl.formatMessage({ id: 'setup.bot.missing' })}</Text>
          {state.error !== null && (
            <MessageBar intent="error">
              <MessageBarBody>{errorText(state.error)}</MessageBarBody>
            </MessageBar>
          )}
          <Button appearance="primary" disabled={state.installing} onClick={() => void install()}>
            {intl.formatMessage({ id: 'setup.bot.install' })}
          </Button>
        </>
      )}
      {state.kind === 'manual' && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {errorText(state.error)} {intl.formatMessage({ id: 'setup.bot.manual' })}
          </MessageBarBody>
        </MessageBar>
      )}
      <Button appearance={state.kind === 'installed' ? 'primary' : 'secondary'} onClick={onNext}>
        {intl.formatMessage({ id: state.kind === 'installed' ? 'setup.next' : 'setup.skip' })}
      </Button>
    </div>
  );
}
