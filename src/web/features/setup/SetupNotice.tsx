import {
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useEffect, useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { routeHref } from '../../navigation/routes';
import { useNavigation } from '../../navigation/NavigationProvider';
import { useServices } from '../../providers/ServicesProvider';

/**
 * Offers the set-up when the team's lists do not exist yet. It reads the outcome of the tab's
 * one data load (`data()`, shared with the screens), so it costs no request of its own.
 */
export function SetupNotice(): JSX.Element | null {
  const intl = useIntl();
  const { data, setup } = useServices();
  const { match } = useNavigation();
  const [listsMissing, setListsMissing] = useState(false);

  useEffect(() => {
    let current = true;
    void data().then((result) => {
      if (current) setListsMissing(!result.ok && result.error.code === 'DATA.LISTS_MISSING');
    });
    return () => {
      current = false;
    };
  }, [data]);

  const onSetup = match.kind === 'route' && match.route.name === 'setup';
  if (!listsMissing || setup === undefined || onSetup) return null;
  return (
    <MessageBar intent="warning">
      <MessageBarBody>
        <MessageBarTitle>{intl.formatMessage({ id: 'setupNotice.title' })}</MessageBarTitle>
        {intl.formatMessage({ id: 'setupNotice.body' })}
      </MessageBarBody>
      <MessageBarActions>
        <Link href={routeHref({ name: 'setup' })}>
          {intl.formatMessage({ id: 'setupNotice.action' })}
        </Link>
      </MessageBarActions>
    </MessageBar>
  );
}
