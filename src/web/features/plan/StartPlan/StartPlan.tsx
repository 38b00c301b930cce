import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { savePlanChanges } from '../../../../app/save-plan-changes';
import { IDENTIFICATION_FIELD_LABELS } from '../../../../core/plan/plan.labels';
import type { Plan, PlanIdentification } from '../../../../core/plan/plan.types';
import { validatePlan, type PlanFieldError } from '../../../../core/plan/plan.validate';
import type { DomainError } from '../../../../core/shared/result';
import type { PlanChange } from '../../../../ports/plan-store';
import type { Draft } from '../../../../ports/store.types';
import { brusselsToday } from '../../../data/today';
import { useErrorText } from '../../../data/useErrorText';
import type { LoadedDashboard } from '../../../data/useEntityDashboard';
import { useLocalize } from '../../../data/useLocalize';
import { useServices } from '../../../providers/ServicesProvider';
import { EditField } from '../EditField/EditField';
import { useStartPlanStyles } from './StartPlan.styles';

export type StartPlanProps = {
  readonly dashboard: LoadedDashboard;
  /** Called once the plan is stored, to load it into the editor. */
  readonly onStarted: () => void;
};

type Outcome =
  | { readonly status: 'editing' }
  | { readonly status: 'saving' }
  | { readonly status: 'invalid'; readonly errors: readonly PlanFieldError[] }
  | { readonly status: 'failed'; readonly error: DomainError };

type IdPath = 'entityName' | 'periodStart' | 'periodEnd';
type HolderPath = 'lastName' | 'firstName' | 'grade';

/**
 * "Start a plan" for an entity without one: the identification of section 1 (a plan period of
 * four years from this year is proposed), stored as a draft plan that the editor then opens.
 */
export function StartPlan({ dashboard, onStarted }: StartPlanProps): JSX.Element {
  const intl = useIntl();
  const localize = useLocalize();
  const errorText = useErrorText();
  const styles = useStartPlanStyles();
  const { now } = useServices();
  const year = Number(brusselsToday(now()).slice(0, 4));
  const [title, setTitle] = useState('');
  const [identification, setIdentification] = useState<PlanIdentification>({
    entityName: dashboard.settings?.value.name ?? '',
    periodStart: `${String(year)}-01-01`,
    periodEnd: `${String(year + 3)}-12-31`,
    mandateHolder: { lastName: '', firstName: '', grade: '' },
  });
  const [outcome, setOutcome] = useState<Outcome>({ status: 'editing' });
  const { entityId, store } = dashboard.data;

  const draft: Draft<Plan> = {
    entityId,
    title,
    status: 'draft',
    adoptedOn: null,
    identification,
    vision: {
      ambition: '',
      coreValues: '',
      needs: '',
      vulnerableProcesses: '',
      recommendations: '',
    },
  };
  const errorOf = (path: string, label: string): string | undefined => {
    if (outcome.status !== 'invalid') return undefined;
    const error = outcome.errors.find((e) => e.field === path);
    return error === undefined ? undefined : errorText(error, { field: label });
  };
  const start = async (): Promise<void> => {
    const checked = validatePlan({ ...draft, id: 'new' });
    if (!checked.ok) {
      setOutcome({ status: 'invalid', errors: checked.error });
      return;
    }
    setOutcome({ status: 'saving' });
    const change = { op: 'create', kind: 'plan', key: 'new:plan', draft } as PlanChange;
    const result = await savePlanChanges(store, entityId, [change]);
    const failure = [...result.conflicts, ...result.failed][0];
    if (failure === undefined) onStarted();
    else setOutcome({ status: 'failed', error: failure.error });
  };
  const idField = (path: IdPath, shape: 'line' | 'date'): JSX.Element => {
    const label = localize(IDENTIFICATION_FIELD_LABELS[path]);
    return (
      <EditField
        label={label}
        mode="edit"
        shape={shape}
        value={identification[path]}
        error={errorOf(`identification.${path}`, label)}
        onChange={(value) => {
          setIdentification({ ...identification, [path]: value });
        }}
      />
    );
  };
  const holderField = (path: HolderPath): JSX.Element => {
    const label = localize(IDENTIFICATION_FIELD_LABELS[path]);
    return (
      <EditField
        label={label}
        mode="edit"
        shape="line"
        value={identification.mandateHolder[path]}
        error={errorOf(`identification.mandateHolder.${path}`, label)}
        onChange={(value) => {
          setIdentification({
            ...identification,
            mandateHolder: { ...identification.mandateHolder, [path]: value },
          });
        }}
      />
    );
  };
  const titleLabel = intl.formatMessage({ id: 'plan.field.title' });

  return (
    <form
      className={styles.root}
      aria-label={intl.formatMessage({ id: 'plan.start.heading' })}
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <Text as="h2" size={500} weight="semibold" className={styles.heading}>
        {intl.formatMessage({ id: 'plan.start.heading' })}
      </Text>
      <Text as="p">{intl.formatMessage({ id: 'plan.start.intro' })}</Text>
      <EditField
        label={titleLabel}
        mode="edit"
        shape="line"
        value={title}
        error={errorOf('title', titleLabel)}
        onChange={setTitle}
      />
      {idField('entityName', 'line')}
      {idField('periodStart', 'date')}
      {idField('periodEnd', 'date')}
      {holderField('lastName')}
      {holderField('firstName')}
      {holderField('grade')}
      {outcome.status === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>
            {intl.formatMessage({ id: 'save.failed' }, { message: errorText(outcome.error) })}
          </MessageBarBody>
        </MessageBar>
      )}
      <div>
        <Button appearance="primary" type="submit" disabledFocusable={outcome.status === 'saving'}>
          {intl.formatMessage({ id: 'plan.start.button' })}
        </Button>
      </div>
    </form>
  );
}
