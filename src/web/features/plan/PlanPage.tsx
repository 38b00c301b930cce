import { Badge, Button, Link, Text } from '@fluentui/react-components';
import { useId, type JSX } from 'react';
import { useIntl } from 'react-intl';
import {
  IDENTIFICATION_FIELD_LABELS,
  PLAN_STATUS_LABELS,
  SMART_LABELS,
} from '../../../core/plan/plan.labels';
import { adoptionBlockers, adoptPlan, type AdoptionBlocker } from '../../../core/plan/plan-status';
import { checkSmart } from '../../../core/plan/smart-check';
import type { Plan } from '../../../core/plan/plan.types';
import { useErrorText } from '../../data/useErrorText';
import { useLocalize } from '../../data/useLocalize';
import { brusselsToday } from '../../data/today';
import { routeHref } from '../../navigation/routes';
import { useServices } from '../../providers/ServicesProvider';
import { AddRecord } from './AddRecord/AddRecord';
import { ConfirmDelete } from './ConfirmDelete/ConfirmDelete';
import { EditField } from './EditField/EditField';
import { ArrangementSection } from './ArrangementSection/ArrangementSection';
import { PlanWorkspace, type Workspace } from './PlanWorkspace';
import { Section } from './Section/Section';

/** The integrity policy plan in the seven sections of the AIG model plan. */
export function PlanPage(): JSX.Element {
  const intl = useIntl();
  return (
    <PlanWorkspace title={intl.formatMessage({ id: 'nav.plan' })}>
      {(workspace) => <PlanForm workspace={workspace} />}
    </PlanWorkspace>
  );
}

function PlanForm({ workspace }: { readonly workspace: Workspace }): JSX.Element | null {
  const intl = useIntl();
  const localize = useLocalize();
  const { editor, mode, fieldError } = workspace;
  const planEntry = editor.entries('plan')[0];
  if (planEntry === undefined) return null;
  const plan = planEntry.value;
  const { identification, vision } = plan;
  const setPlan = (next: Plan): void => {
    editor.edit('plan', next);
  };
  const idField = (
    path: 'entityName' | 'periodStart' | 'periodEnd',
    shape: 'line' | 'date',
  ): JSX.Element => {
    const label = localize(IDENTIFICATION_FIELD_LABELS[path]);
    return (
      <EditField
        key={path}
        label={label}
        mode={mode}
        shape={shape}
        value={identification[path]}
        error={fieldError(planEntry.errors, `identification.${path}`, label)}
        onChange={(value) => {
          setPlan({ ...plan, identification: { ...identification, [path]: value } });
        }}
      />
    );
  };
  const holderField = (path: 'lastName' | 'firstName' | 'grade'): JSX.Element => {
    const label = localize(IDENTIFICATION_FIELD_LABELS[path]);
    return (
      <EditField
        key={path}
        label={label}
        mode={mode}
        shape="line"
        value={identification.mandateHolder[path]}
        error={fieldError(planEntry.errors, `identification.mandateHolder.${path}`, label)}
        onChange={(value) => {
          setPlan({
            ...plan,
            identification: {
              ...identification,
              mandateHolder: { ...identification.mandateHolder, [path]: value },
            },
          });
        }}
      />
    );
  };
  const visionField = (
    path: 'ambition' | 'coreValues' | 'needs' | 'vulnerableProcesses' | 'recommendations',
  ): JSX.Element => {
    const label = intl.formatMessage({ id: `plan.field.${path}` });
    return (
      <EditField
        key={path}
        label={label}
        mode={mode}
        shape="text"
        value={vision[path]}
        error={fieldError(planEntry.errors, `vision.${path}`, label)}
        onChange={(value) => {
          setPlan({ ...plan, vision: { ...vision, [path]: value } });
        }}
      />
    );
  };
  const titleLabel = intl.formatMessage({ id: 'plan.field.title' });

  return (
    <>
      <Text as="p">
        {intl.formatMessage(
          { id: 'plan.status' },
          { status: localize(PLAN_STATUS_LABELS[plan.status]) },
        )}
      </Text>
      <Section title={intl.formatMessage({ id: 'plan.section.identification' })}>
        <EditField
          label={titleLabel}
          mode={mode}
          shape="line"
          value={plan.title}
          error={fieldError(planEntry.errors, 'title', titleLabel)}
          onChange={(title) => {
            setPlan({ ...plan, title });
          }}
        />
        {idField('entityName', 'line')}
        {idField('periodStart', 'date')}
        {idField('periodEnd', 'date')}
        {holderField('lastName')}
        {holderField('firstName')}
        {holderField('grade')}
      </Section>
      <Section title={intl.formatMessage({ id: 'plan.section.vision' })}>
        {visionField('ambition')}
        {visionField('coreValues')}
        {visionField('needs')}
        {visionField('vulnerableProcesses')}
        {visionField('recommendations')}
      </Section>
      <Objectives workspace={workspace} />
      {/* Sections 6 and 7 for the plan as a whole; each objective's own are on its page. */}
      {(['evaluation', 'communication'] as const).map((kind) => (
        <ArrangementSection
          key={kind}
          target={{ kind, objectiveId: null }}
          planId={plan.id}
          workspace={workspace}
        />
      ))}
      <AdoptPanel workspace={workspace} />
    </>
  );
}

function Objectives({ workspace }: { readonly workspace: Workspace }): JSX.Element {
  const intl = useIntl();
  const localize = useLocalize();
  const { editor, mode, fieldError } = workspace;
  const strategic = [...editor.entries('strategicObjective')].sort(
    (a, b) => a.value.order - b.value.order,
  );
  const period = editor.bundle.plan.identification;
  const planId = editor.bundle.plan.id;
  const nextOrder = (orders: readonly number[]): number => Math.max(0, ...orders) + 1;
  return (
    <Section title={intl.formatMessage({ id: 'plan.section.objectives' })}>
      {strategic.map((entry, index) => {
        const s = entry.value;
        const operational = editor
          .entries('objective')
          .filter((o) => o.value.strategicObjectiveId === s.id)
          .sort((a, b) => a.value.order - b.value.order);
        const titleLabel = intl.formatMessage({ id: 'plan.field.objectiveTitle' });
        const descriptionLabel = intl.formatMessage({ id: 'plan.field.description' });
        return (
          <Section
            key={s.id}
            title={intl.formatMessage(
              { id: 'plan.strategic.heading' },
              { index: index + 1, title: s.title },
            )}
          >
            <EditField
              label={titleLabel}
              mode={mode}
              shape="line"
              value={s.title}
              error={fieldError(entry.errors, 'title', titleLabel)}
              onChange={(title) => {
                editor.edit('strategicObjective', { ...s, title });
              }}
            />
            <EditField
              label={descriptionLabel}
              mode={mode}
              shape="text"
              value={s.description}
              error={fieldError(entry.errors, 'description', descriptionLabel)}
              onChange={(description) => {
                editor.edit('strategicObjective', { ...s, description });
              }}
            />
            {mode === 'edit' && (
              <ConfirmDelete
                label={intl.formatMessage({ id: 'plan.delete.strategic' }, { title: s.title })}
                name={s.title}
                dependents={editor.dependents('strategicObjective', s.id).length}
                onDelete={() => editor.remove('strategicObjective', s.id)}
              />
            )}
            <Text weight="semibold">{intl.formatMessage({ id: 'plan.operational.heading' })}</Text>
            {operational.length === 0 ? (
              <Text>{intl.formatMessage({ id: 'plan.operational.none' })}</Text>
            ) : (
              <ul>
                {operational.map(({ value: o }) => {
                  const check = checkSmart(o, period);
                  return (
                    <li key={o.id}>
                      <Link href={routeHref({ name: 'plan-objective', objectiveId: o.id })}>
                        {intl.formatMessage({ id: 'plan.objective.open' }, { title: o.title })}
                      </Link>{' '}
                      {check.status === 'smart' ? (
                        <Badge appearance="tint" color="success">
                          {intl.formatMessage({ id: 'plan.objective.smart' })}
                        </Badge>
                      ) : (
                        <Badge appearance="tint" color="warning">
                          {intl.formatMessage(
                            { id: 'plan.objective.missing' },
                            {
                              missing: check.missing
                                .map((m) => localize(SMART_LABELS[m]))
                                .join(', '),
                            },
                          )}
                        </Badge>
                      )}{' '}
                      {mode === 'edit' && (
                        <ConfirmDelete
                          label={intl.formatMessage(
                            { id: 'plan.delete.objective' },
                            { title: o.title },
                          )}
                          name={o.title}
                          dependents={editor.dependents('objective', o.id).length}
                          onDelete={() => editor.remove('objective', o.id)}
                        />
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            {mode === 'edit' && (
              <AddRecord
                fieldLabel={intl.formatMessage({ id: 'plan.add.operational.field' })}
                buttonLabel={intl.formatMessage({ id: 'plan.add.operational.button' })}
                onAdd={async (title) => {
                  const added = await editor.add('objective', {
                    planId,
                    strategicObjectiveId: s.id,
                    title,
                    specific: '',
                    indicator: '',
                    unit: '',
                    baselineValue: null,
                    targetValue: null,
                    currentValue: null,
                    indicatorUpdatedOn: null,
                    deadline: null,
                    owner: null,
                    elementIds: [],
                    order: nextOrder(operational.map((o) => o.value.order)),
                  });
                  return added.status === 'created';
                }}
              />
            )}
          </Section>
        );
      })}
      {mode === 'edit' && (
        <AddRecord
          fieldLabel={intl.formatMessage({ id: 'plan.add.strategic.field' })}
          buttonLabel={intl.formatMessage({ id: 'plan.add.strategic.button' })}
          onAdd={async (title) => {
            const added = await editor.add('strategicObjective', {
              planId,
              title,
              description: '',
              order: nextOrder(strategic.map((e) => e.value.order)),
            });
            return added.status === 'created';
          }}
        />
      )}
    </Section>
  );
}

function blockerText(
  blocker: AdoptionBlocker,
  workspace: Workspace,
  errorText: ReturnType<typeof useErrorText>,
  intl: ReturnType<typeof useIntl>,
  localize: ReturnType<typeof useLocalize>,
): string {
  switch (blocker.code) {
    case 'PLAN.IDENTIFICATION_INCOMPLETE':
      return intl.formatMessage(
        { id: 'plan.adopt.identificationMissing' },
        {
          missing: blocker.missing.map((m) => localize(IDENTIFICATION_FIELD_LABELS[m])).join(', '),
        },
      );
    case 'PLAN.OBJECTIVE_NOT_SMART': {
      const title =
        workspace.editor.entry('objective', blocker.objectiveId)?.value.title ??
        blocker.objectiveId;
      return intl.formatMessage(
        { id: 'plan.adopt.objectiveNotSmart' },
        { title, missing: blocker.missing.map((m) => localize(SMART_LABELS[m])).join(', ') },
      );
    }
    default:
      return errorText(blocker);
  }
}

function AdoptPanel({ workspace }: { readonly workspace: Workspace }): JSX.Element | null {
  const intl = useIntl();
  const errorText = useErrorText();
  const localize = useLocalize();
  const { now } = useServices();
  const listId = useId();
  const { editor, mode } = workspace;
  const plan = editor.bundle.plan;
  if (plan.status === 'adopted' && plan.adoptedOn !== null) {
    return (
      <Section title={intl.formatMessage({ id: 'plan.adopt.heading' })}>
        <Text>
          {intl.formatMessage(
            { id: 'plan.adopt.adopted' },
            { date: intl.formatDate(plan.adoptedOn, { dateStyle: 'long', timeZone: 'UTC' }) },
          )}
        </Text>
      </Section>
    );
  }
  if (mode === 'read' || plan.status !== 'draft') return null;
  const blockers = adoptionBlockers(editor.bundle);
  const adoptable = blockers.length === 0;
  return (
    <Section title={intl.formatMessage({ id: 'plan.adopt.heading' })}>
      {!adoptable && (
        <div id={listId}>
          <Text as="p">{intl.formatMessage({ id: 'plan.adopt.blockers' })}</Text>
          <ul>
            {blockers.map((blocker, index) => (
              <li key={index}>{blockerText(blocker, workspace, errorText, intl, localize)}</li>
            ))}
          </ul>
        </div>
      )}
      <Button
        appearance="primary"
        disabledFocusable={!adoptable}
        aria-describedby={adoptable ? undefined : listId}
        onClick={() => {
          const adopted = adoptPlan(editor.bundle, brusselsToday(now()));
          if (adopted.ok) editor.saveNow('plan', adopted.value);
        }}
      >
        {intl.formatMessage({ id: 'plan.adopt.button' })}
      </Button>
    </Section>
  );
}
