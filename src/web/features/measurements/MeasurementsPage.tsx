import {
  Button,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useId, useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { CATALOGUE } from '../../../core/catalogue/catalogue';
import {
  MEASUREMENT_KINDS,
  type MeasurementKind,
  type RatingMode,
} from '../../../core/maturity/maturity.types';
import type { DomainError } from '../../../core/shared/result';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { Page } from '../../components/Page/Page';
import { useNavigation } from '../../navigation/NavigationProvider';
import { routeHref } from '../../navigation/routes';
import { useServices } from '../../providers/ServicesProvider';
import { formatIsoDate, kindLabel } from './measurement-labels';
import { useMeasurementsPageStyles } from './MeasurementsPage.styles';
import { useErrorText } from '../../data/useErrorText';
import { useMeasurements } from './useMeasurements';
import { useWriteAccess } from './useWriteAccess';

const MODES: readonly RatingMode[] = ['single', 'multi-rater'];

/** The entity's baseline, annual and final measurements, and starting the next one. */
export function MeasurementsPage(): JSX.Element {
  const intl = useIntl();
  const styles = useMeasurementsPageStyles();
  const { state, start } = useMeasurements();
  const access = useWriteAccess();
  const { navigate } = useNavigation();
  const { now } = useServices();
  const errorText = useErrorText();
  const headingId = useId();
  const startHeadingId = useId();
  const [kind, setKind] = useState<MeasurementKind>('annual');
  const [date, setDate] = useState(() => now().toISOString().slice(0, 10));
  const [mode, setMode] = useState<RatingMode>('single');
  const [status, setStatus] = useState<
    { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; error: DomainError }
  >({ kind: 'idle' });

  const title = intl.formatMessage({ id: 'nav.measurements' });
  if (state.kind === 'loading') {
    return (
      <Page title={title}>
        <Spinner label={intl.formatMessage({ id: 'app.loading' })} />
      </Page>
    );
  }
  if (state.kind === 'failed') {
    return (
      <Page title={title}>
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {intl.formatMessage({ id: 'measure.loadFailed' })} {errorText(state.error)}
          </MessageBarBody>
        </MessageBar>
      </Page>
    );
  }

  const onStart = async (event: { preventDefault(): void }): Promise<void> => {
    event.preventDefault();
    setStatus({ kind: 'busy' });
    const result = await start({ kind, date, mode });
    if ('error' in result) {
      setStatus({ kind: 'failed', error: result.error });
      return;
    }
    navigate({ name: 'measurement', measurementId: result.id });
  };

  const startError =
    status.kind !== 'failed'
      ? null
      : status.error.code === 'MEASURE.NO_PLAN'
        ? intl.formatMessage({ id: 'measure.noPlan' })
        : errorText(status.error);

  return (
    <Page title={title}>
      {access.kind === 'read' && (
        <MessageBar intent="info">
          <MessageBarBody>{intl.formatMessage({ id: 'measure.readOnly' })}</MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.section} aria-labelledby={headingId}>
        <Text as="h2" id={headingId} size={500} weight="semibold">
          {intl.formatMessage({ id: 'measure.list.heading' })}
        </Text>
        {state.measurements.length === 0 ? (
          <EmptyState
            title={intl.formatMessage({ id: 'measure.list.empty.title' })}
            body={intl.formatMessage({ id: 'measure.list.empty.body' })}
          />
        ) : (
          <Table aria-labelledby={headingId}>
            <TableHeader>
              <TableRow>
                {(['kind', 'date', 'status', 'progress', 'lockedBy', 'corrects'] as const).map(
                  (column) => (
                    <TableHeaderCell key={column}>
                      {intl.formatMessage({ id: `measure.col.${column}` })}
                    </TableHeaderCell>
                  ),
                )}
              </TableRow>
            </TableHeader>
            <TableBody>
              {state.measurements.map(({ id, value: m }) => {
                const corrected = state.measurements.find(
                  (other) => other.id === m.correctsMeasurementId,
                );
                return (
                  <TableRow key={id}>
                    <TableCell>
                      <Link href={routeHref({ name: 'measurement', measurementId: id })}>
                        {kindLabel(intl, m.kind)}
                      </Link>
                    </TableCell>
                    <TableCell>{formatIsoDate(intl, m.date)}</TableCell>
                    <TableCell>
                      {intl.formatMessage({ id: `measure.status.${m.status}` })}
                    </TableCell>
                    <TableCell>
                      {intl.formatMessage(
                        { id: 'measure.progress' },
                        { rated: state.ratedCount.get(id) ?? 0, total: CATALOGUE.length },
                      )}
                    </TableCell>
                    <TableCell>
                      {m.lockedBy === null || m.lockedOn === null
                        ? intl.formatMessage({ id: 'measure.none' })
                        : intl.formatMessage(
                            { id: 'measure.lockedBy' },
                            {
                              name: m.lockedBy.displayName,
                              date: formatIsoDate(intl, m.lockedOn),
                            },
                          )}
                    </TableCell>
                    <TableCell>
                      {corrected === undefined
                        ? intl.formatMessage({ id: 'measure.none' })
                        : intl.formatMessage(
                            { id: 'measure.corrects' },
                            { date: formatIsoDate(intl, corrected.value.date) },
                          )}
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </section>
      {access.kind === 'write' && (
        <section className={styles.section} aria-labelledby={startHeadingId}>
          <Text as="h2" id={startHeadingId} size={500} weight="semibold">
            {intl.formatMessage({ id: 'measure.start.heading' })}
          </Text>
          <form className={styles.form} onSubmit={(event) => void onStart(event)}>
            <Field label={intl.formatMessage({ id: 'measure.start.kind' })}>
              <Select
                value={kind}
                onChange={(_, data) => {
                  setKind(data.value as MeasurementKind);
                }}
              >
                {MEASUREMENT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {kindLabel(intl, k)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={intl.formatMessage({ id: 'measure.start.date' })}>
              <Input
                type="date"
                value={date}
                onChange={(_, data) => {
                  setDate(data.value);
                }}
              />
            </Field>
            <Field label={intl.formatMessage({ id: 'measure.start.mode' })}>
              <Select
                value={mode}
                onChange={(_, data) => {
                  setMode(data.value as RatingMode);
                }}
              >
                {MODES.map((m) => (
                  <option key={m} value={m}>
                    {intl.formatMessage({ id: `measure.mode.${m}` })}
                  </option>
                ))}
              </Select>
            </Field>
            <Button type="submit" appearance="primary" disabled={status.kind === 'busy'}>
              {intl.formatMessage({ id: 'measure.start.submit' })}
            </Button>
          </form>
          {startError !== null && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>{startError}</MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}
    </Page>
  );
}
