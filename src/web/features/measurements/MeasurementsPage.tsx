import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { Page } from '../../components/Page/Page';

/** The entity's baseline, annual and final measurements. */
export function MeasurementsPage(): JSX.Element {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: 'nav.measurements' })}>
      <EmptyState
        title={intl.formatMessage({ id: 'comingSoon.title' })}
        body={intl.formatMessage({ id: 'comingSoon.measurements' })}
      />
    </Page>
  );
}
