import { Spinner, Text } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { Page } from '../../components/Page/Page';
import { useServices } from '../../providers/ServicesProvider';
import { useSession } from '../../providers/SessionProvider';
import { AccountSignIn } from './AccountSignIn/AccountSignIn';
import { PersonaPicker, type PersonaPickerProps } from './PersonaPicker/PersonaPicker';

/** Shown until someone is signed in: the persona picker locally, the account sign-in in a tenant. */
export function SignInPage(): JSX.Element {
  const intl = useIntl();
  const { signIn } = useServices();
  const { state, signInAs, signInWithAccount } = useSession();

  if (signIn.kind === 'account') {
    return (
      <Page title={intl.formatMessage({ id: 'signIn.account.title' })}>
        <AccountSignIn
          status={
            state.status === 'account-needed'
              ? { kind: 'needed', error: state.error }
              : { kind: 'busy' }
          }
          onSignIn={() => void signInWithAccount()}
        />
      </Page>
    );
  }

  if (signIn.kind !== 'persona') {
    return (
      <Page title={intl.formatMessage({ id: 'app.name' })}>
        <EmptyState
          title={intl.formatMessage({ id: 'signIn.unavailable.title' })}
          body={intl.formatMessage({ id: 'signIn.unavailable.body' })}
        />
      </Page>
    );
  }

  if (state.status === 'host-signing-in') {
    // Signed in as the Teams user without a click: no picker to flash past.
    return (
      <Page title={intl.formatMessage({ id: 'app.name' })}>
        <Spinner label={intl.formatMessage({ id: 'signIn.busy' })} />
      </Page>
    );
  }

  const status: PersonaPickerProps['status'] =
    state.status === 'signing-in'
      ? { kind: 'busy' }
      : state.status === 'failed'
        ? { kind: 'failed', persona: state.persona, error: state.error }
        : { kind: 'idle' };

  return (
    <Page title={intl.formatMessage({ id: 'signIn.title' })}>
      <Text as="p">
        {intl.formatMessage({ id: 'signIn.intro' }, { count: signIn.personas.length })}
      </Text>
      <PersonaPicker
        personas={signIn.personas}
        status={status}
        onSignIn={(persona) => void signInAs(persona)}
      />
    </Page>
  );
}
