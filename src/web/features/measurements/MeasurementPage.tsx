import {
  Button,
  Link,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
  Field,
} from '@fluentui/react-components';
import { useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { CATALOGUE } from '../../../core/catalogue/catalogue';
import type { DomainError } from '../../../core/shared/result';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { Page } from '../../components/Page/Page';
import { useNavigation } from '../../navigation/NavigationProvider';
import { routeHref } from '../../navigation/routes';
import { useLanguage } from '../../providers/I18nProvider';
import { formatIsoDate, measurementTitle } from './measurement-labels';
import { useMeasurementPageStyles } from './MeasurementPage.styles';
import { RatingGrid } from './RatingGrid/RatingGrid';
import { useErrorText } from '../../data/useErrorText';
import { missingCount, useMeasurement } from './useMeasurement';
import { useWriteAccess } from './useWriteAccess';

export type MeasurementPageProps = {
  /** The measurement's id, from the route `measurement/:id`. */
  readonly measurementId: string;
};

type ActionStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'locked' }
  | { readonly kind: 'failed'; readonly error: DomainError };

/** One measurement: the maturity matrix to rate, its progress, locking and correcting it. */
export function MeasurementPage({ measurementId }: MeasurementPageProps): JSX.Element {
  const intl = useIntl();
  const styles = useMeasurementPageStyles();
  const { language } = useLanguage();
  const access = useWriteAccess();
  const person = access.kind === 'write' ? access.person : null;
  const measurement = useMeasurement(measurementId, person);
  const { navigate } = useNavigation();
  const errorText = useErrorText();
  const [action, setAction] = useState<ActionStatus>({ kind: 'idle' });
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

  const { value } = state;
  const m = value.measurement.value;
  const total = CATALOGUE.length;
  const rated = total - missingCount(value);
  const editable = access.kind === 'write' && m.status === 'open' ? 'edit' : 'read';

  const onLock = async (): Promise<void> => {
    setAction({ kind: 'busy' });
    const outcome = await measurement.lock();
    setAction(outcome.kind === 'saved' ? { kind: 'locked' } : outcome);
  };
  const onCorrect = async (): Promise<void> => {
    setAction({ kind: 'busy' });
    const outcome = await measurement.correct();
    if ('error' in outcome) {
      setAction({ kind: 'failed', error: outcome.error });
      return;
    }
    setAction({ kind: 'idle' });
    navigate({ name: 'measurement', measurementId: outcome.id });
  };

  return (
    <Page title={measurementTitle(intl, m)}>
      <div className={styles.toolbar}>
        {back}
        {access.kind === 'write' && m.status === 'open' && (
          <Button
            appearance="primary"
            disabled={action.kind === 'busy'}
            onClick={() => void onLock()}
          >
            {intl.formatMessage({ id: 'measure.lock' })}
          </Button>
        )}
        {access.kind === 'write' && m.status === 'locked' && (
          <Button disabled={action.kind === 'busy'} onClick={() => void onCorrect()}>
            {intl.formatMessage({ id: 'measure.correct' })}
          </Button>
        )}
      </div>
      {action.kind === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(action.error)}</MessageBarBody>
          {action.error.code === 'STORE.CONFLICT' && (
            <Button onClick={measurement.reload}>
              {intl.formatMessage({ id: 'measure.reload' })}
            </Button>
          )}
        </MessageBar>
      )}
      {action.kind === 'locked' && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{intl.formatMessage({ id: 'measure.lock.done' })}</MessageBarBody>
        </MessageBar>
      )}
      {m.status === 'locked' && (
        <MessageBar intent="info">
          <MessageBarBody>
            {intl.formatMessage(
              { id: 'measure.lockedNotice' },
              {
                date: m.lockedOn === null ? '' : formatIsoDate(intl, m.lockedOn),
                name: m.lockedBy?.displayName ?? '',
              },
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {access.kind === 'read' && (
        <MessageBar intent="info">
          <MessageBarBody>{intl.formatMessage({ id: 'measure.readOnly' })}</MessageBarBody>
        </MessageBar>
      )}
      <Field
        className={styles.progress}
        label={intl.formatMessage({ id: 'measure.progress' }, { rated, total })}
      >
        <ProgressBar value={rated} max={total} />
      </Field>
      <RatingGrid
        access={editable}
        data={value}
        errorText={errorText}
        language={language}
        person={person}
        onRate={measurement.rate}
        onRateIndividually={measurement.rateIndividually}
        onAgree={measurement.agree}
      />
    </Page>
  );
}
