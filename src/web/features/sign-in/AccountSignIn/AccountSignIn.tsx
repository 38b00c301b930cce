import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { SignInError } from '../../../providers/tab-services';
import { useAccountSignInStyles } from './AccountSignIn.styles';

export type AccountSignInProps = {
  /** `busy` while MSAL works (silently at start, or in its window); `needed` asks for a click. */
  readonly status:
    { readonly kind: 'busy' } | { readonly kind: 'needed'; readonly error: SignInError | null };
  readonly onSignIn: () => void;
};

function errorMessage(intl: IntlShape, error: SignInError): string {
  switch (error.code) {
    case 'SIGN_IN.CANCELLED':
      return intl.formatMessage({ id: 'signIn.account.error.cancelled' });
    case 'SIGN_IN.POPUP_BLOCKED':
      return intl.formatMessage({ id: 'signIn.account.error.blocked' });
    case 'SIGN_IN.UNREACHABLE':
      return intl.formatMessage({ id: 'signIn.account.error.unreachable' });
    default:
      return intl.formatMessage(
        { id: 'signIn.account.error.rejected' },
        { reason: String(error.details?.reason ?? error.code) },
      );
  }
}

/**
 * Tenant mode's sign-in: the Microsoft 365 account. The button opens MSAL's window (Teams' own
 * dialog under nested app authentication), which browsers allow only from a click.
 */
export function AccountSignIn({ status, onSignIn }: AccountSignInProps): JSX.Element {
  const intl = useIntl();
  const styles = useAccountSignInStyles();
  if (status.kind === 'busy') {
    return <Spinner label={intl.formatMessage({ id: 'signIn.account.busy' })} />;
  }
  return (
    <div className={styles.root}>
      <Text as="p">{intl.formatMessage({ id: 'signIn.account.intro' })}</Text>
      {status.error !== null && (
        <MessageBar intent="error">
          <MessageBarBody>{errorMessage(intl, status.error)}</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" onClick={onSignIn}>
        {intl.formatMessage({ id: 'signIn.account.submit' })}
      </Button>
    </div>
  );
}
