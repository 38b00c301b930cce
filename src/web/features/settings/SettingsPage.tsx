import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { Page } from '../../components/Page/Page';

/** The entity's settings: languages, reminder channel and cadence. */
export function SettingsPage(): JSX.Element {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: 'nav.settings' })}>
      <EmptyState
        title={intl.formatMessage({ id: 'comingSoon.title' })}
        body={intl.formatMessage({ id: 'comingSoon.settings' })}
      />
    </Page>
  );
}
