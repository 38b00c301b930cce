import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useEffect, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { Page } from '../../components/Page/Page';
import { useServices } from '../../providers/ServicesProvider';

/** The entity id every instance of the tab records; the team (its site) tells entities apart. */
export const TAB_ENTITY_ID = 'integrity-dashboard';

/** The tab's own address without query or hash: the page Teams opens as the tab's content. */
export function tabContentUrl(location: Pick<Location, 'href'>): string {
  const url = new URL(location.href);
  url.search = '';
  url.hash = '#/home';
  return url.href;
}

/**
 * The configuration page Teams shows when the tab is added to a channel. The plan lives in the
 * team's site, so the tab can only be added inside a team.
 */
export function TabConfigPage(): JSX.Element {
  const intl = useIntl();
  const { host, hostContext } = useServices();
  const inTeam = hostContext.team !== null;
  const tabName = intl.formatMessage({ id: 'config.tabName' });

  useEffect(() => {
    host.setValidityState(inTeam);
    if (!inTeam) return;
    host.registerOnSave(() => {
      const contentUrl = tabContentUrl(window.location);
      return host.setConfig({
        contentUrl,
        websiteUrl: contentUrl,
        entityId: TAB_ENTITY_ID,
        suggestedDisplayName: tabName,
      });
    });
  }, [host, inTeam, tabName]);

  return (
    <Page title={intl.formatMessage({ id: 'config.title' })}>
      {inTeam ? (
        <Text as="p">{intl.formatMessage({ id: 'config.body' })}</Text>
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>{intl.formatMessage({ id: 'config.noTeam' })}</MessageBarBody>
        </MessageBar>
      )}
    </Page>
  );
}
