import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { Page } from '../../components/Page/Page';

/** Maturity per pillar, function and layer, its evolution, and the balance diagnostics. */
export function DashboardPage(): JSX.Element {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: 'nav.dashboard' })}>
      <EmptyState
        title={intl.formatMessage({ id: 'comingSoon.title' })}
        body={intl.formatMessage({ id: 'comingSoon.dashboard' })}
      />
    </Page>
  );
}
