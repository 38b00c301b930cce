import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { Page } from '../../components/Page/Page';

export type MeasurementPageProps = {
  /** The measurement's id, from the route `measurement/:id`. */
  readonly measurementId: string;
};

/** One measurement: the maturity matrix to rate. */
export function MeasurementPage(_props: MeasurementPageProps): JSX.Element {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: 'page.measurement.title' })}>
      <EmptyState
        title={intl.formatMessage({ id: 'comingSoon.title' })}
        body={intl.formatMessage({ id: 'comingSoon.measurement' })}
      />
    </Page>
  );
}
