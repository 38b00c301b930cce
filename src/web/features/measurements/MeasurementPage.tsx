import { Link, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { Page } from '../../components/Page/Page';
import { routeHref } from '../../navigation/routes';
import { useErrorText } from '../../data/useErrorText';
import { MeasurementWorkspace } from './MeasurementWorkspace/MeasurementWorkspace';
import { useMeasurement } from './useMeasurement';
import { useWriteAccess } from './useWriteAccess';

export type MeasurementPageProps = {
  /** The measurement's id, from the route `measurement/:id`. */
  readonly measurementId: string;
};

/** One measurement: the maturity matrix to rate, its progress, locking and correcting it. */
export function MeasurementPage({ measurementId }: MeasurementPageProps): JSX.Element {
  const intl = useIntl();
  const access = useWriteAccess();
  const person = access.kind === 'write' ? access.person : null;
  const measurement = useMeasurement(measurementId, person);
  const errorText = useErrorText();
  const { state } = measurement;

  const fallbackTitle = intl.formatMessage({ id: 'page.measurement.title' });
  const back = (
    <Link href={routeHref({ name: 'measurements' })}>
      {intl.formatMessage({ id: 'measure.back' })}
    </Link>
  );
  if (state.kind === 'loading') {
    return (
      <Page title={fallbackTitle}>
        <Spinner label={intl.formatMessage({ id: 'app.loading' })} />
      </Page>
    );
  }
  if (state.kind === 'failed') {
    return (
      <Page title={fallbackTitle}>
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {intl.formatMessage({ id: 'measure.loadFailed' })} {errorText(state.error)}
          </MessageBarBody>
        </MessageBar>
        {back}
      </Page>
    );
  }
  if (state.kind === 'not-found') {
    return (
      <Page title={fallbackTitle}>
        <EmptyState
          title={intl.formatMessage({ id: 'measure.notFound.title' })}
          body={intl.formatMessage({ id: 'measure.notFound.body' }, { id: measurementId })}
          action={back}
        />
      </Page>
    );
  }

  return (
    <MeasurementWorkspace
      // Another measurement (e.g. a correction just started) gets its own queue and drafts.
      key={state.value.measurement.id}
      access={access}
      actions={measurement}
      back={back}
      data={state.value}
      person={person}
    />
  );
}
