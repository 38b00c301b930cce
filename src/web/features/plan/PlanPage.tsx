import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { Page } from '../../components/Page/Page';

/** The integrity policy plan in the seven sections of the AIG model plan. */
export function PlanPage(): JSX.Element {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: 'nav.plan' })}>
      <EmptyState
        title={intl.formatMessage({ id: 'comingSoon.title' })}
        body={intl.formatMessage({ id: 'comingSoon.plan' })}
      />
    </Page>
  );
}
