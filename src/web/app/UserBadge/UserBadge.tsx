import { Button, Text } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { useSession } from '../../providers/SessionProvider';
import { useUserBadgeStyles } from './UserBadge.styles';

/** Who is signed in (local mode: which persona), with the way back to the persona picker. */
export function UserBadge(): JSX.Element | null {
  const intl = useIntl();
  const styles = useUserBadgeStyles();
  const { state, signOut } = useSession();
  if (state.status !== 'signed-in' || state.user.persona === null) return null;
  return (
    <div className={styles.root}>
      <Text>
        {intl.formatMessage(
          { id: 'user.signedInAs' },
          {
            name: state.user.displayName,
            role: intl.formatMessage({ id: `persona.${state.user.persona}` }),
          },
        )}
      </Text>
      <Button appearance="subtle" onClick={signOut}>
        {intl.formatMessage({ id: 'user.switchPersona' })}
      </Button>
    </div>
  );
}
