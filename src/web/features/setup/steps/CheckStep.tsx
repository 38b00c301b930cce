import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import type { DomainError } from '../../../../core/shared/result';
import type { SiteAccess } from '../../../../ports/team-setup';
import { useErrorText } from '../../../data/useErrorText';
import type { SetupServices } from '../../../providers/tab-services';
import { useSetupPageStyles } from '../SetupPage.styles';

type CheckState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'failed'; readonly error: DomainError }
  | { readonly kind: 'checked'; readonly access: SiteAccess; readonly missing: number };

export type CheckStepProps = {
  readonly setup: SetupServices;
  /** The person is an owner: go on, knowing how many lists are missing. */
  readonly onNext: (missing: number) => void;
};

/** Step 1: can the app read the team's site, and may this person set it up (site owner)? */
export function CheckStep({ setup, onNext }: CheckStepProps): JSX.Element {
  const intl = useIntl();
  const styles = useSetupPageStyles();
  const errorText = useErrorText();
  const [state, setState] = useState<CheckState>({ kind: 'checking' });
  const [round, setRound] = useState(0);
  const retry = useCallback(() => {
    setState({ kind: 'checking' });
    setRound((r) => r + 1);
  }, []);

  useEffect(() => {
    const run = { current: true };
    // A function, not the flag itself: the check must read it again after each await.
    const stopped = (): boolean => !run.current;
    void (async () => {
      const access = await setup.team.siteAccess();
      if (stopped()) return;
      if (!access.ok) {
        setState({ kind: 'failed', error: access.error });
        return;
      }
      const missing = await setup.lists.missingLists();
      if (stopped()) return;
      setState(
        missing.ok
          ? { kind: 'checked', access: access.value, missing: missing.value.length }
          : { kind: 'failed', error: missing.error },
      );
    })();
    return () => {
      run.current = false;
    };
  }, [setup, round]);

  if (state.kind === 'checking') {
    return <Spinner label={intl.formatMessage({ id: 'setup.check.busy' })} />;
  }
  if (state.kind === 'failed') {
    return (
      <div className={styles.step}>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{intl.formatMessage({ id: 'setup.check.failed' })}</MessageBarTitle>
            {errorText(state.error)}
          </MessageBarBody>
        </MessageBar>
        <Button onClick={retry}>{intl.formatMessage({ id: 'setup.retry' })}</Button>
      </div>
    );
  }
  const { access, missing } = state;
  return (
    <div className={styles.step}>
      <Text as="p">
        {intl.formatMessage({ id: 'setup.check.site' }, { siteUrl: access.siteUrl })}
      </Text>
      <Text as="p">{intl.formatMessage({ id: 'setup.check.lists' }, { count: missing })}</Text>
      {access.role === 'owner' ? (
        <>
          <Text as="p">{intl.formatMessage({ id: 'setup.check.owner' })}</Text>
          <Button
            appearance="primary"
            onClick={() => {
              onNext(missing);
            }}
          >
            {intl.formatMessage({ id: 'setup.next' })}
          </Button>
        </>
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>
              {intl.formatMessage({ id: 'setup.check.reader.title' })}
            </MessageBarTitle>
            {intl.formatMessage({ id: 'setup.check.reader.body' })}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
