import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
} from '@fluentui/react-components';
import { useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { SMART_LABELS, type SmartElement } from '../../../core/plan/plan.labels';
import {
  ACTION_STATUSES,
  type OperationalObjective,
  type PlanAction,
} from '../../../core/plan/plan.types';
import { checkSmart } from '../../../core/plan/smart-check';
import type { PlanFieldError } from '../../../core/plan/plan.validate';
import type { PersonRef } from '../../../core/shared/person';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { useLocalize } from '../../data/useLocalize';
import { routeHref } from '../../navigation/routes';
import { AddRecord } from './AddRecord/AddRecord';
import { CataloguePicker } from './CataloguePicker/CataloguePicker';
import { ConfirmDelete } from './ConfirmDelete/ConfirmDelete';
import { EditField } from './EditField/EditField';
import { ArrangementSection } from './ArrangementSection/ArrangementSection';
import { Section } from './Section/Section';
import { PlanWorkspace, type Workspace } from './PlanWorkspace';

export type ObjectivePageProps = {
  /** The operational objective's id, from the route `plan/objective/:id`. */
  readonly objectiveId: string;
};

/** One operational objective (sections 2 to 7 of the model plan for it), opened by deep link. */
export function ObjectivePage({ objectiveId }: ObjectivePageProps): JSX.Element {
  const intl = useIntl();
  return (
    <PlanWorkspace
      title={intl.formatMessage({ id: 'page.objective.title' })}
      objectiveId={objectiveId}
    >
      {(workspace) => <ObjectiveForm workspace={workspace} objectiveId={objectiveId} />}
    </PlanWorkspace>
  );
}

function text(value: number | null): string {
  return value === null ? '' : String(value);
}

/** An empty input is "no value" (null); anything else as typed, so the core can refuse it. */
function numberOrNull(value: string): number | null {
  return value.trim() === '' ? null : Number(value);
}

function person(current: PersonRef | null, name: string, email: string): PersonRef | null {
  if (name.trim() === '' && email.trim() === '') return null;
  const base = current?.id === undefined ? {} : { id: current.id };
  return email === '' ? { ...base, displayName: name } : { ...base, displayName: name, email };
}

function ObjectiveForm({
  objectiveId,
  workspace,
}: {
  readonly objectiveId: string;
  readonly workspace: Workspace;
}): JSX.Element {
  const intl = useIntl();
  const localize = useLocalize();
  const { editor, mode, fieldError } = workspace;
  const entry = editor.entry('objective', objectiveId);
  const back = (
    <Link href={routeHref({ name: 'plan' })}>
      {intl.formatMessage({ id: 'plan.objective.back' })}
    </Link>
  );
  if (entry === undefined) {
    return (
      <EmptyState
        title={intl.formatMessage({ id: 'page.objective.title' })}
        body={intl.formatMessage({ id: 'plan.objective.notFound' }, { id: objectiveId })}
        action={back}
      />
    );
  }
  const o = entry.value;
  const set = (next: OperationalObjective): void => {
    editor.edit('objective', next);
  };
  const check = checkSmart(o, editor.bundle.plan.identification);
  const missing = new Set<SmartElement>(check.status === 'incomplete' ? check.missing : []);
  const smartWarning = (element: SmartElement): string | undefined =>
    missing.has(element) ? intl.formatMessage({ id: 'plan.smart.required' }) : undefined;
  const smartLabel = (element: SmartElement): string => localize(SMART_LABELS[element]);
  const field = (
    path: 'title' | 'specific' | 'indicator' | 'unit',
    label: string,
    shape: 'line' | 'text',
    element?: SmartElement,
  ): JSX.Element => (
    <EditField
      label={label}
      mode={mode}
      shape={shape}
      value={o[path]}
      error={fieldError(entry.errors, path, label)}
      warning={element === undefined ? undefined : smartWarning(element)}
      onChange={(value) => {
        set({ ...o, [path]: value });
      }}
    />
  );
  const numberField = (
    path: 'baselineValue' | 'targetValue' | 'currentValue',
    label: string,
    element?: SmartElement,
  ): JSX.Element => (
    <EditField
      label={label}
      mode={mode}
      shape="number"
      value={text(o[path])}
      error={fieldError(entry.errors, path, label)}
      warning={element === undefined ? undefined : smartWarning(element)}
      onChange={(value) => {
        set({ ...o, [path]: numberOrNull(value) });
      }}
    />
  );
  const ownerLabel = smartLabel('owner');
  const actions = editor.entries('action').filter((a) => a.value.objectiveId === o.id);

  return (
    <>
      {back}
      <Section title={o.title}>
        {field('title', intl.formatMessage({ id: 'plan.field.objectiveTitle' }), 'line')}
        <MessageBar intent={check.status === 'smart' ? 'success' : 'warning'}>
          <MessageBarBody>
            {check.status === 'smart'
              ? intl.formatMessage({ id: 'plan.smart.ok' })
              : intl.formatMessage(
                  { id: 'plan.smart.incomplete' },
                  { missing: check.missing.map(smartLabel).join(', ') },
                )}
          </MessageBarBody>
        </MessageBar>
        {field('specific', smartLabel('specific'), 'text', 'specific')}
        {field('indicator', smartLabel('indicator'), 'line', 'indicator')}
        {field('unit', smartLabel('unit'), 'line', 'unit')}
        {numberField('baselineValue', smartLabel('baseline'), 'baseline')}
        {numberField('targetValue', smartLabel('target'), 'target')}
        <EditField
          label={smartLabel('deadline')}
          mode={mode}
          shape="date"
          value={o.deadline ?? ''}
          error={fieldError(entry.errors, 'deadline', smartLabel('deadline'))}
          warning={smartWarning('deadline')}
          onChange={(value) => {
            set({ ...o, deadline: value === '' ? null : value });
          }}
        />
        <EditField
          label={intl.formatMessage({ id: 'plan.field.personName' }, { role: ownerLabel })}
          mode={mode}
          shape="line"
          value={o.owner?.displayName ?? ''}
          error={fieldError(entry.errors, 'owner.displayName', ownerLabel)}
          warning={smartWarning('owner')}
          onChange={(value) => {
            set({ ...o, owner: person(o.owner, value, o.owner?.email ?? '') });
          }}
        />
        <EditField
          label={intl.formatMessage({ id: 'plan.field.personEmail' }, { role: ownerLabel })}
          mode={mode}
          shape="email"
          value={o.owner?.email ?? ''}
          error={fieldError(entry.errors, 'owner.email', ownerLabel)}
          onChange={(value) => {
            set({ ...o, owner: person(o.owner, o.owner?.displayName ?? '', value) });
          }}
        />
        {numberField('currentValue', intl.formatMessage({ id: 'plan.field.currentValue' }))}
        <EditField
          label={intl.formatMessage({ id: 'plan.field.indicatorUpdatedOn' })}
          mode={mode}
          shape="date"
          value={o.indicatorUpdatedOn ?? ''}
          onChange={(value) => {
            set({ ...o, indicatorUpdatedOn: value === '' ? null : value });
          }}
        />
      </Section>
      <Section title={intl.formatMessage({ id: 'plan.section.instruments' })}>
        <CataloguePicker
          mode={mode}
          selected={o.elementIds}
          onChange={(elementIds) => {
            set({ ...o, elementIds });
          }}
        />
        <Text as="h3" weight="semibold">
          {intl.formatMessage({ id: 'plan.actions.heading' })}
        </Text>
        {actions.length === 0 && <Text>{intl.formatMessage({ id: 'plan.actions.none' })}</Text>}
        {actions.map((a) => (
          <ActionEditor key={a.value.id} action={a.value} errors={a.errors} workspace={workspace} />
        ))}
        {mode === 'edit' && (
          <AddRecord
            fieldLabel={intl.formatMessage({ id: 'plan.add.action.field' })}
            buttonLabel={intl.formatMessage({ id: 'plan.add.action.button' })}
            onAdd={async (title) => {
              const added = await editor.add('action', {
                planId: o.planId,
                objectiveId: o.id,
                title,
                description: '',
                elementIds: [],
                owner: null,
                dueDate: null,
                status: 'planned',
                hours: null,
                budgetEur: null,
              });
              return added.status === 'created';
            }}
          />
        )}
      </Section>
      {(['actor', 'monitoring', 'evaluation', 'communication'] as const).map((kind) => (
        <ArrangementSection
          key={kind}
          target={{ kind, objectiveId: o.id }}
          planId={o.planId}
          workspace={workspace}
        />
      ))}
    </>
  );
}

function ActionEditor({
  action,
  errors,
  workspace,
}: {
  readonly action: PlanAction;
  readonly errors: readonly PlanFieldError[];
  readonly workspace: Workspace;
}): JSX.Element {
  const intl = useIntl();
  const { editor, mode, fieldError } = workspace;
  const [choosing, setChoosing] = useState(false);
  const set = (next: PlanAction): void => {
    editor.edit('action', next);
  };
  const label = (
    id: 'plan.action.title' | 'plan.action.dueDate' | 'plan.action.hours' | 'plan.action.budget',
  ): string => `${intl.formatMessage({ id })} (${action.title})`;
  const ownerLabel = `${intl.formatMessage({ id: 'plan.action.owner' })} (${action.title})`;
  const statusLabel = `${intl.formatMessage({ id: 'plan.action.status' })} (${action.title})`;
  return (
    <fieldset>
      <legend>{intl.formatMessage({ id: 'plan.action.heading' }, { title: action.title })}</legend>
      {/* One open picker at a time keeps the page light: each lists the whole catalogue. */}
      <CataloguePicker
        label={intl.formatMessage({ id: 'plan.action.elements' }, { title: action.title })}
        mode={choosing ? mode : 'read'}
        selected={action.elementIds}
        onChange={(elementIds) => {
          set({ ...action, elementIds });
        }}
      />
      {mode === 'edit' && (
        <Button
          aria-expanded={choosing}
          onClick={() => {
            setChoosing(!choosing);
          }}
        >
          {intl.formatMessage({ id: 'plan.action.chooseElements' }, { title: action.title })}
        </Button>
      )}
      <EditField
        label={label('plan.action.title')}
        mode={mode}
        shape="line"
        value={action.title}
        error={fieldError(errors, 'title', label('plan.action.title'))}
        onChange={(title) => {
          set({ ...action, title });
        }}
      />
      <EditField
        label={intl.formatMessage({ id: 'plan.field.personName' }, { role: ownerLabel })}
        mode={mode}
        shape="line"
        value={action.owner?.displayName ?? ''}
        error={fieldError(errors, 'owner.displayName', ownerLabel)}
        onChange={(value) => {
          set({ ...action, owner: person(action.owner, value, action.owner?.email ?? '') });
        }}
      />
      <EditField
        label={intl.formatMessage({ id: 'plan.field.personEmail' }, { role: ownerLabel })}
        mode={mode}
        shape="email"
        value={action.owner?.email ?? ''}
        error={fieldError(errors, 'owner.email', ownerLabel)}
        onChange={(value) => {
          set({ ...action, owner: person(action.owner, action.owner?.displayName ?? '', value) });
        }}
      />
      <EditField
        label={label('plan.action.dueDate')}
        mode={mode}
        shape="date"
        value={action.dueDate ?? ''}
        error={fieldError(errors, 'dueDate', label('plan.action.dueDate'))}
        onChange={(value) => {
          set({ ...action, dueDate: value === '' ? null : value });
        }}
      />
      {mode === 'edit' ? (
        <Field label={statusLabel}>
          <Select
            value={action.status}
            onChange={(_e, d) => {
              const status = ACTION_STATUSES.find((s) => s === d.value);
              if (status !== undefined) set({ ...action, status });
            }}
          >
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {intl.formatMessage({ id: `plan.action.status.${s}` })}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <EditField
          label={statusLabel}
          mode="read"
          shape="line"
          value={intl.formatMessage({ id: `plan.action.status.${action.status}` })}
          onChange={() => undefined}
        />
      )}
      <EditField
        label={label('plan.action.hours')}
        mode={mode}
        shape="number"
        value={text(action.hours)}
        error={fieldError(errors, 'hours', label('plan.action.hours'))}
        onChange={(value) => {
          set({ ...action, hours: numberOrNull(value) });
        }}
      />
      <EditField
        label={label('plan.action.budget')}
        mode={mode}
        shape="number"
        value={text(action.budgetEur)}
        error={fieldError(errors, 'budgetEur', label('plan.action.budget'))}
        onChange={(value) => {
          set({ ...action, budgetEur: numberOrNull(value) });
        }}
      />
      {mode === 'edit' && (
        <ConfirmDelete
          label={intl.formatMessage({ id: 'plan.delete.action' }, { title: action.title })}
          name={action.title}
          dependents={0}
          onDelete={() => editor.remove('action', action.id)}
        />
      )}
    </fieldset>
  );
}
