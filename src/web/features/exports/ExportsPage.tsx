import {
  Button,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Select,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { useEffect, useId, useMemo, useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import {
  loadExportChoices,
  type ExportChoices,
  type ExportKind,
  type ExportPorts,
} from '../../../app/exports/prepare-exports';
import {
  MEASUREMENT_KIND_LABELS,
  MEASUREMENT_STATUS_LABELS,
} from '../../../core/maturity/measurement.labels';
import { PLAN_STATUS_LABELS } from '../../../core/plan/plan.labels';
import type { DomainError } from '../../../core/shared/result';
import { Page } from '../../components/Page/Page';
import { useErrorText } from '../../data/useErrorText';
import { useLocalize } from '../../data/useLocalize';
import type { MessageId } from '../../i18n/messages.en';
import { useLanguage } from '../../providers/I18nProvider';
import { useServices } from '../../providers/ServicesProvider';
import { useExportsPageStyles } from './ExportsPage.styles';
import { useExportRunner, type ExportRun } from './useExportRunner';

type Loaded = {
  readonly entityId: string;
  readonly ports: ExportPorts;
  readonly choices: ExportChoices;
};

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: DomainError }
  | { readonly kind: 'ready'; readonly loaded: Loaded };

const BUTTON_LABELS: Readonly<Record<ExportKind, MessageId>> = {
  'plan-docx': 'exports.planDocx',
  'plan-pdf': 'exports.planPdf',
  'measurement-xlsx': 'exports.measurementXlsx',
  'lists-csv': 'exports.listsCsv',
};

const EXPORT_ERRORS: Readonly<Record<string, MessageId>> = {
  'EXPORT.PLAN_NOT_FOUND': 'exports.error.EXPORT.PLAN_NOT_FOUND',
  'EXPORT.MEASUREMENT_NOT_FOUND': 'exports.error.EXPORT.MEASUREMENT_NOT_FOUND',
  'EXPORT.NOT_AVAILABLE': 'exports.error.EXPORT.NOT_AVAILABLE',
  'EXPORT.FAULT': 'exports.error.fault',
};

/**
 * The exports: the plan as Word or PDF, the measurement report as Excel, every list as CSV, each
 * in the language the tab is shown in. Everyone who may read the plan may export it.
 */
export function ExportsPage(): JSX.Element {
  const intl = useIntl();
  const styles = useExportsPageStyles();
  const services = useServices();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let current = true;
    void (async (): Promise<PageState> => {
      const data = await services.data();
      if (!data.ok) return { kind: 'failed', error: data.error };
      const { entityId, store } = data.value;
      const choices = await loadExportChoices({ plans: store, measurements: store }, entityId);
      if (!choices.ok) return { kind: 'failed', error: choices.error };
      const ports: ExportPorts = {
        plans: store,
        measurements: store,
        history: store,
        evidence: data.value.evidence,
        lists: data.value.lists,
      };
      return { kind: 'ready', loaded: { entityId, ports, choices: choices.value } };
    })().then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [services, generation]);

  const loaded = state.kind === 'ready' ? state.loaded : null;
  const runner = useExportRunner({
    ports: loaded?.ports ?? null,
    entityId: loaded?.entityId ?? null,
    locale: language,
    now: services.now,
  });

  const languageName = intl.formatMessage({ id: `language.${language}` });
  return (
    <Page title={intl.formatMessage({ id: 'exports.title' })}>
      <Text as="p">{intl.formatMessage({ id: 'exports.intro' }, { language: languageName })}</Text>
      {state.kind === 'loading' && <Spinner label={intl.formatMessage({ id: 'app.loading' })} />}
      {state.kind === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {intl.formatMessage({ id: 'exports.loadFailed' })} {errorText(state.error)}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => {
                setState({ kind: 'loading' });
                setGeneration((n) => n + 1);
              }}
            >
              {intl.formatMessage({ id: 'exports.reload' })}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {loaded !== null && (
        <>
          <RunStatus run={runner.run} onRetry={runner.start} />
          <ExportSections
            loaded={loaded}
            running={runner.run.status === 'running'}
            onExport={runner.start}
            className={styles.sections}
          />
        </>
      )}
    </Page>
  );
}

type SectionsProps = {
  readonly loaded: Loaded;
  readonly running: boolean;
  readonly onExport: ReturnType<typeof useExportRunner>['start'];
  readonly className: string;
};

function ExportSections({ loaded, running, onExport, className }: SectionsProps): JSX.Element {
  const intl = useIntl();
  const styles = useExportsPageStyles();
  const localize = useLocalize();
  const { choices } = loaded;
  const [planId, setPlanId] = useState(choices.defaultPlanId ?? choices.plans[0]?.id ?? '');
  const [measurementId, setMeasurementId] = useState(choices.measurements[0]?.id ?? '');
  const planHeading = useId();
  const measurementHeading = useId();
  const listsHeading = useId();
  const formatDay = useMemo(
    () => (day: string) =>
      intl.formatDate(new Date(`${day}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' }),
    [intl],
  );
  const button = (kind: ExportKind, onClick: () => void, disabled = false): JSX.Element => (
    <Button appearance="primary" disabled={running || disabled} onClick={onClick}>
      {intl.formatMessage({ id: BUTTON_LABELS[kind] })}
    </Button>
  );

  return (
    <div className={className}>
      <section className={styles.section} aria-labelledby={planHeading}>
        <Text as="h2" id={planHeading} size={400} weight="semibold">
          {intl.formatMessage({ id: 'exports.plan.heading' })}
        </Text>
        {choices.plans.length === 0 ? (
          <Text as="p" className={styles.muted}>
            {intl.formatMessage({ id: 'exports.plan.none' })}
          </Text>
        ) : (
          <>
            <Field label={intl.formatMessage({ id: 'exports.plan.pick' })}>
              <Select
                value={planId}
                onChange={(_, data) => {
                  setPlanId(data.value);
                }}
              >
                {choices.plans.map((plan) => (
                  <option key={plan.id} value={plan.id}>
                    {intl.formatMessage(
                      { id: 'exports.plan.option' },
                      { title: plan.title, status: localize(PLAN_STATUS_LABELS[plan.status]) },
                    )}
                  </option>
                ))}
              </Select>
            </Field>
            <div className={styles.buttons}>
              {button('plan-docx', () => {
                onExport({ kind: 'plan-docx', planId });
              })}
              {button('plan-pdf', () => {
                onExport({ kind: 'plan-pdf', planId });
              })}
            </div>
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby={measurementHeading}>
        <Text as="h2" id={measurementHeading} size={400} weight="semibold">
          {intl.formatMessage({ id: 'exports.measurement.heading' })}
        </Text>
        {choices.measurements.length === 0 ? (
          <Text as="p" className={styles.muted}>
            {intl.formatMessage({ id: 'exports.measurement.none' })}
          </Text>
        ) : (
          <>
            <Field label={intl.formatMessage({ id: 'exports.measurement.pick' })}>
              <Select
                value={measurementId}
                onChange={(_, data) => {
                  setMeasurementId(data.value);
                }}
              >
                {choices.measurements.map((m) => (
                  <option key={m.id} value={m.id}>
                    {intl.formatMessage(
                      { id: 'exports.measurement.option' },
                      {
                        kind: localize(MEASUREMENT_KIND_LABELS[m.kind]),
                        date: formatDay(m.date),
                        status: localize(MEASUREMENT_STATUS_LABELS[m.status]),
                      },
                    )}
                  </option>
                ))}
              </Select>
            </Field>
            {loaded.ports.evidence === null && (
              <Text as="p" className={styles.muted}>
                {intl.formatMessage({ id: 'exports.measurement.noDigests' })}
              </Text>
            )}
            <div className={styles.buttons}>
              {button('measurement-xlsx', () => {
                onExport({ kind: 'measurement-xlsx', measurementId });
              })}
            </div>
          </>
        )}
      </section>

      <section className={styles.section} aria-labelledby={listsHeading}>
        <Text as="h2" id={listsHeading} size={400} weight="semibold">
          {intl.formatMessage({ id: 'exports.lists.heading' })}
        </Text>
        <Text as="p">{intl.formatMessage({ id: 'exports.lists.hint' })}</Text>
        <div className={styles.buttons}>
          {button('lists-csv', () => {
            onExport({ kind: 'lists-csv' });
          })}
        </div>
      </section>
    </div>
  );
}

type RunStatusProps = {
  readonly run: ExportRun;
  readonly onRetry: ReturnType<typeof useExportRunner>['start'];
};

/** The running export's progress bar, or how the last one ended. */
function RunStatus({ run, onRetry }: RunStatusProps): JSX.Element | null {
  const intl = useIntl();
  const errorText = useErrorText();
  switch (run.status) {
    case 'idle':
      return null;
    case 'running': {
      const label = intl.formatMessage(
        { id: 'exports.progress' },
        { file: intl.formatMessage({ id: BUTTON_LABELS[run.kind] }), step: run.step },
      );
      return (
        <Field validationMessage={label} validationState="none">
          <ProgressBar value={run.fraction} max={1} aria-label={label} thickness="large" />
        </Field>
      );
    }
    case 'done':
      return (
        <MessageBar intent="success" role="status">
          <MessageBarBody>
            {intl.formatMessage(
              { id: 'exports.done' },
              {
                file: intl.formatMessage({ id: BUTTON_LABELS[run.kind] }),
                fileName: run.fileName,
              },
            )}
          </MessageBarBody>
        </MessageBar>
      );
    case 'failed': {
      const own = EXPORT_ERRORS[run.error.code];
      const reason = own === undefined ? errorText(run.error) : intl.formatMessage({ id: own });
      return (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {intl.formatMessage(
              { id: 'exports.failed' },
              { file: intl.formatMessage({ id: BUTTON_LABELS[run.request.kind] }), reason },
            )}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              onClick={() => {
                onRetry(run.request);
              }}
            >
              {intl.formatMessage({ id: 'exports.retry' })}
            </Button>
          </MessageBarActions>
        </MessageBar>
      );
    }
  }
}
