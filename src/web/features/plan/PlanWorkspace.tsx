import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, type JSX, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { IDENTIFICATION_FIELD_LABELS, SMART_LABELS } from '../../../core/plan/plan.labels';
import type { PlanFieldError } from '../../../core/plan/plan.validate';
import type { LocalizedText } from '../../../core/shared/locale';
import type { StoredPlanBundle } from '../../../ports/plan-store';
import { ConflictDialog } from '../../components/ConflictDialog/ConflictDialog';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { InvalidRecordNotice } from '../../components/InvalidRecordNotice/InvalidRecordNotice';
import { Page } from '../../components/Page/Page';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice/ReadOnlyNotice';
import { SaveStatus } from '../../components/SaveStatus/SaveStatus';
import { useAccess } from '../../data/useAccess';
import { useEntityDashboard, type LoadedDashboard } from '../../data/useEntityDashboard';
import { useErrorText } from '../../data/useErrorText';
import { useLocalize } from '../../data/useLocalize';
import { useSaveQueue, type SavedRecord } from '../../data/useSaveQueue';
import type { MessageId } from '../../i18n/messages.en';
import { nothingToResolve, rebaseMine } from './conflict-rebase';
import { StartPlan } from './StartPlan/StartPlan';
import { usePlanEditor, type PlanEditor } from './usePlanEditor';
import { usePlanWorkspaceStyles } from './PlanWorkspace.styles';

/** What the plan screens get once the plan is loaded. */
export type Workspace = {
  readonly editor: PlanEditor;
  readonly dashboard: LoadedDashboard;
  /** Edit for owners on a plan that is not archived; read otherwise. */
  readonly mode: 'edit' | 'read';
  /** The translated message of the first field-limit error on `path`, with the field's label. */
  readonly fieldError: (
    errors: readonly PlanFieldError[],
    path: string,
    label: string,
  ) => string | undefined;
};

export type PlanWorkspaceProps = {
  readonly children: (workspace: Workspace) => ReactNode;
  readonly title: string;
};

// Paths of the records' fields with a label, for the conflict dialog.
const FIELD_MESSAGES: Readonly<Record<string, MessageId>> = {
  title: 'plan.field.objectiveTitle',
  description: 'plan.field.description',
  'vision.ambition': 'plan.field.ambition',
  'vision.coreValues': 'plan.field.coreValues',
  'vision.needs': 'plan.field.needs',
  'vision.vulnerableProcesses': 'plan.field.vulnerableProcesses',
  'vision.recommendations': 'plan.field.recommendations',
  currentValue: 'plan.field.currentValue',
  indicatorUpdatedOn: 'plan.field.indicatorUpdatedOn',
  elementIds: 'plan.picker.label',
  dueDate: 'plan.action.dueDate',
  status: 'plan.action.status',
  hours: 'plan.action.hours',
  budgetEur: 'plan.action.budget',
};
const CORE_LABELS: Readonly<Record<string, LocalizedText>> = {
  specific: SMART_LABELS.specific,
  indicator: SMART_LABELS.indicator,
  unit: SMART_LABELS.unit,
  baselineValue: SMART_LABELS.baseline,
  targetValue: SMART_LABELS.target,
  deadline: SMART_LABELS.deadline,
  'owner.displayName': SMART_LABELS.owner,
  'owner.email': SMART_LABELS.owner,
  'identification.entityName': IDENTIFICATION_FIELD_LABELS.entityName,
  'identification.periodStart': IDENTIFICATION_FIELD_LABELS.periodStart,
  'identification.periodEnd': IDENTIFICATION_FIELD_LABELS.periodEnd,
  'identification.mandateHolder.lastName': IDENTIFICATION_FIELD_LABELS.lastName,
  'identification.mandateHolder.firstName': IDENTIFICATION_FIELD_LABELS.firstName,
  'identification.mandateHolder.grade': IDENTIFICATION_FIELD_LABELS.grade,
};

/** Loads the current plan and gives the plan screens the editor, saving and conflicts. */
export function PlanWorkspace({ children, title }: PlanWorkspaceProps): JSX.Element {
  const intl = useIntl();
  const errorText = useErrorText();
  const dashboard = useEntityDashboard();
  const access = useAccess();
  return (
    <Page title={title}>
      {dashboard.status === 'loading' && (
        <Spinner label={intl.formatMessage({ id: 'app.loading' })} />
      )}
      {dashboard.status === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{intl.formatMessage({ id: 'data.error.title' })}</MessageBarTitle>
            {errorText(dashboard.error)}
          </MessageBarBody>
          <Button onClick={dashboard.reload}>{intl.formatMessage({ id: 'data.retry' })}</Button>
        </MessageBar>
      )}
      {dashboard.status === 'ready' &&
        (dashboard.value.currentPlan === null ? (
          access.kind === 'edit' ? (
            <StartPlan dashboard={dashboard.value} onStarted={dashboard.reload} />
          ) : (
            <EmptyState
              title={intl.formatMessage({ id: 'nav.plan' })}
              body={intl.formatMessage({ id: 'plan.noPlan' })}
            />
          )
        ) : (
          <Loaded dashboard={dashboard.value} bundle={dashboard.value.currentPlan}>
            {children}
          </Loaded>
        ))}
    </Page>
  );
}

type LoadedProps = {
  readonly bundle: StoredPlanBundle;
  readonly children: (workspace: Workspace) => ReactNode;
  readonly dashboard: LoadedDashboard;
};

function Loaded({ bundle, children, dashboard }: LoadedProps): JSX.Element {
  const intl = useIntl();
  const styles = usePlanWorkspaceStyles();
  const errorText = useErrorText();
  const localize = useLocalize();
  const access = useAccess();
  const savedTo = useRef<(saved: SavedRecord) => void>(() => undefined);
  const onSaved = useCallback((saved: SavedRecord): void => {
    savedTo.current(saved);
  }, []);
  const queue = useSaveQueue({
    entityId: dashboard.data.entityId,
    store: dashboard.data.store,
    onSaved,
  });
  const editor = usePlanEditor(bundle, queue);
  useEffect(() => {
    savedTo.current = editor.onSaved;
  }, [editor.onSaved]);

  // The dialog compares their version with my edits only (see rebaseMine): what I read before
  // editing is the editor's stored copy, which a conflict leaves untouched.
  const conflict = queue.conflict;
  const base =
    conflict === null ? undefined : editor.entry(conflict.kind, conflict.mine.id)?.stored.value;
  const theirs = conflict?.theirs ?? null;
  const mine =
    conflict === null || theirs === null || base === undefined
      ? conflict?.mine
      : rebaseMine(base, conflict.mine, theirs.value);
  const settledAlready =
    conflict !== null && theirs !== null && base !== undefined
      ? nothingToResolve(base, conflict.mine, theirs.value)
      : false;
  const discardConflict = queue.discardConflict;
  useEffect(() => {
    // Their version already holds every change of mine (e.g. my own save sent twice while the
    // screen changed): keeping it loses nothing, so there is nothing to ask.
    if (settledAlready) discardConflict();
  }, [settledAlready, discardConflict]);

  const archived = editor.bundle.plan.status === 'archived';
  const mode = access.kind === 'edit' && !archived ? 'edit' : 'read';
  const fieldError = useCallback(
    (errors: readonly PlanFieldError[], path: string, label: string): string | undefined => {
      const error = errors.find((e) => e.field === path);
      return error === undefined ? undefined : errorText(error, { field: label });
    },
    [errorText],
  );
  const labelOf = (path: string): string => {
    const core = CORE_LABELS[path];
    if (core !== undefined) return localize(core);
    const id = FIELD_MESSAGES[path];
    return id === undefined ? path : intl.formatMessage({ id });
  };

  return (
    <div className={styles.root}>
      {access.kind === 'read' && <ReadOnlyNotice reason={access.reason} />}
      {access.kind === 'edit' && archived && <ReadOnlyNotice reason="archived" />}
      {dashboard.invalid.map((record) => (
        <InvalidRecordNotice key={`${record.kind}:${record.id}`} record={record} />
      ))}
      {mode === 'edit' && (
        <div className={styles.sticky}>
          <SaveStatus
            state={queue.state}
            onRetry={() => {
              void queue.retry();
            }}
          />
        </div>
      )}
      {conflict !== null && !settledAlready && (
        <ConflictDialog
          mine={mine}
          theirs={theirs?.value ?? null}
          labelOf={labelOf}
          formatValue={(_path, value) =>
            value === null || value === undefined
              ? ''
              : Array.isArray(value)
                ? value.map(String).join(', ')
                : typeof value === 'string'
                  ? value
                  : JSON.stringify(value)
          }
          onSave={(choices) => {
            void queue.resolveConflict(choices);
          }}
          onDiscard={queue.discardConflict}
        />
      )}
      {children({ editor, dashboard, mode, fieldError })}
    </div>
  );
}
