import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState, type JSX, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { IDENTIFICATION_FIELD_LABELS, SMART_LABELS } from '../../../core/plan/plan.labels';
import { ensureEditable } from '../../../core/plan/plan-status';
import type { PlanFieldError } from '../../../core/plan/plan.validate';
import type { LocalizedText } from '../../../core/shared/locale';
import type { StoredPlanBundle } from '../../../ports/plan-store';
import type { StoreError } from '../../../ports/store.types';
import { ConflictDialog } from '../../components/ConflictDialog/ConflictDialog';
import { EmptyState } from '../../components/EmptyState/EmptyState';
import { InvalidRecordNotice } from '../../components/InvalidRecordNotice/InvalidRecordNotice';
import { Page } from '../../components/Page/Page';
import { ReadOnlyNotice } from '../../components/ReadOnlyNotice/ReadOnlyNotice';
import { SaveStatus } from '../../components/SaveStatus/SaveStatus';
import { createDraftStore, discardDrafts, type DraftRecord } from '../../data/drafts';
import { useAccess } from '../../data/useAccess';
import { useEntityDashboard, type LoadedDashboard } from '../../data/useEntityDashboard';
import { useErrorText } from '../../data/useErrorText';
import { useLocalize } from '../../data/useLocalize';
import { useSaveQueue, type SavedRecord } from '../../data/useSaveQueue';
import type { MessageId } from '../../i18n/messages.en';
import { ArchivedDrafts } from './ArchivedDrafts/ArchivedDrafts';
import { archivedDraftTest, planBundles } from './ArchivedDrafts/archived-drafts';
import { nothingToResolve, rebaseMine } from './conflict-rebase';
import { planSaver } from './plan-saver';
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
  /** Opens the plan that holds this operational objective, archived or not (a deep link). */
  readonly objectiveId?: string;
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

function everyPlan(dashboard: LoadedDashboard): readonly StoredPlanBundle[] {
  const { currentPlan, otherPlans } = dashboard;
  return currentPlan === null ? otherPlans : [currentPlan, ...otherPlans];
}

/**
 * The plan a screen shows: the one it opened before a reload (so a plan archived meanwhile stays
 * on screen, read only, instead of giving way to another), else the plan holding the objective
 * of a deep link, else the current plan.
 */
function planToOpen(
  dashboard: LoadedDashboard,
  openedId: string | null,
  objectiveId: string | undefined,
): StoredPlanBundle | null {
  const plans = everyPlan(dashboard);
  const opened = plans.find((b) => b.plan.id === openedId);
  if (opened !== undefined) return opened;
  const holder = plans.find((b) => b.objectives.some((o) => o.id === objectiveId));
  return holder ?? dashboard.currentPlan;
}

/** A refusal because the plan is archived names the plan. */
function archivedPlanOf(error: StoreError | { readonly code: string }): string | null {
  return error.code === 'STORE.ARCHIVED' && 'planId' in error && typeof error.planId === 'string'
    ? error.planId
    : null;
}

// An edit refused because its plan is archived stays on this device, listed to be discarded.
const keepArchived = (error: StoreError): boolean => error.code === 'STORE.ARCHIVED';

/** Loads the current plan and gives the plan screens the editor, saving and conflicts. */
export function PlanWorkspace({ children, title, objectiveId }: PlanWorkspaceProps): JSX.Element {
  const intl = useIntl();
  const errorText = useErrorText();
  const dashboard = useEntityDashboard();
  const access = useAccess();
  const [openedId, setOpenedId] = useState<string | null>(null);
  const bundle =
    dashboard.status === 'ready' ? planToOpen(dashboard.value, openedId, objectiveId) : null;
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
        (bundle === null ? (
          <>
            <DraftsOfArchivedPlans dashboard={dashboard.value} />
            {access.kind === 'edit' ? (
              <StartPlan dashboard={dashboard.value} onStarted={dashboard.reload} />
            ) : (
              <EmptyState
                title={intl.formatMessage({ id: 'nav.plan' })}
                body={intl.formatMessage({ id: 'plan.noPlan' })}
              />
            )}
          </>
        ) : (
          <Loaded
            key={bundle.plan.id}
            dashboard={dashboard.value}
            bundle={bundle}
            reload={dashboard.reload}
            onOpened={setOpenedId}
            onOpenCurrent={
              // On the plan screen only: an objective's screen has its own way back to the plan.
              objectiveId === undefined &&
              dashboard.value.currentPlan !== null &&
              dashboard.value.currentPlan.plan.id !== bundle.plan.id
                ? () => {
                    setOpenedId(dashboard.value.currentPlan?.plan.id ?? null);
                  }
                : null
            }
          >
            {children}
          </Loaded>
        ))}
    </Page>
  );
}

/**
 * With no plan to open, edits kept on this device for archived plans are still listed, so they
 * are neither sent nor forgotten.
 */
function DraftsOfArchivedPlans({
  dashboard,
}: {
  readonly dashboard: LoadedDashboard;
}): JSX.Element {
  const { entityId } = dashboard;
  const draftStore = useMemo(() => createDraftStore(), []);
  const isArchived = useMemo(
    () => archivedDraftTest(planBundles(everyPlan(dashboard))),
    [dashboard],
  );
  const [drafts, setDrafts] = useState(() => draftStore.list(entityId).filter(isArchived));
  const discard = useCallback(
    (shown: readonly DraftRecord[]): Promise<number> => {
      const removed = discardDrafts(draftStore, entityId, shown.filter(isArchived));
      setDrafts(draftStore.list(entityId).filter(isArchived));
      return Promise.resolve(removed.length);
    },
    [draftStore, entityId, isArchived],
  );
  return <ArchivedDrafts drafts={drafts} onDiscard={discard} />;
}

type LoadedProps = {
  readonly bundle: StoredPlanBundle;
  readonly children: (workspace: Workspace) => ReactNode;
  readonly dashboard: LoadedDashboard;
  /** Reads the entity's plans again (e.g. after the store found the plan archived). */
  readonly reload: () => void;
  /** Told which plan is open, so a reload opens it again. */
  readonly onOpened: (planId: string) => void;
  /** Leaves an archived plan for the current one; null when there is none to go to. */
  readonly onOpenCurrent: (() => void) | null;
};

function Loaded(props: LoadedProps): JSX.Element {
  const { bundle, children, dashboard, reload, onOpened, onOpenCurrent } = props;
  const intl = useIntl();
  const styles = usePlanWorkspaceStyles();
  const errorText = useErrorText();
  const localize = useLocalize();
  const access = useAccess();
  const savedTo = useRef<(saved: SavedRecord) => void>(() => undefined);
  const onSaved = useCallback((saved: SavedRecord): void => {
    savedTo.current(saved);
  }, []);
  const entityId = dashboard.data.entityId;
  const { store } = dashboard.data;
  useEffect(() => {
    onOpened(bundle.plan.id);
  }, [onOpened, bundle.plan.id]);

  // Every plan as read, for the core's rule: an archived plan's edits are neither sent nor shown
  // in its form; they are listed to be noted and discarded.
  const plans = useMemo(() => planBundles(everyPlan(dashboard)), [dashboard]);
  const isArchivedDraft = useMemo(() => archivedDraftTest(plans), [plans]);
  const saveChanges = useMemo(() => planSaver(store, () => plans), [store, plans]);
  const draftStore = useMemo(() => createDraftStore(), []);
  const queue = useSaveQueue({
    entityId,
    drafts: draftStore,
    saveChanges,
    onSaved,
    keepRefused: keepArchived,
    holdBack: isArchivedDraft,
  });
  const archivedDrafts = useMemo(
    () => queue.drafts.filter(isArchivedDraft),
    [queue.drafts, isArchivedDraft],
  );
  const editor = usePlanEditor(bundle, {
    save: queue.save,
    apply: queue.apply,
    drafts: queue.drafts.filter((d) => !isArchivedDraft(d)),
  });
  const retry = queue.retry;
  const discardArchived = useCallback(
    async (shown: readonly DraftRecord[]): Promise<number> => {
      // Only drafts of archived plans: any other edit is still sent (retried, not lost).
      const removed = discardDrafts(draftStore, entityId, shown.filter(isArchivedDraft));
      // The queue reads its drafts again.
      await retry();
      return removed.length;
    },
    [draftStore, entityId, isArchivedDraft, retry],
  );

  // Archived by someone else (a hand edit in SharePoint) while this screen was open: the store
  // refused the edit; read the plans again, so the form goes read only and lists the edit.
  const refusedPlan = queue.state.status === 'failed' ? archivedPlanOf(queue.state.error) : null;
  const refusedAsRead = plans.find((b) => b.plan.id === refusedPlan)?.plan;
  const archivedMeanwhile = refusedAsRead !== undefined && ensureEditable(refusedAsRead).ok;
  useEffect(() => {
    if (archivedMeanwhile) reload();
  }, [archivedMeanwhile, reload]);
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

  const archived = !ensureEditable(bundle.plan.value).ok;
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
      {/* An archived plan is read only for everyone: that reason comes before the role. */}
      {archived && <ReadOnlyNotice reason="archived" />}
      {archived && onOpenCurrent !== null && (
        <div>
          <Button onClick={onOpenCurrent}>
            {intl.formatMessage({ id: 'plan.archived.openCurrent' })}
          </Button>
        </div>
      )}
      {!archived && access.kind === 'read' && <ReadOnlyNotice reason={access.reason} />}
      <ArchivedDrafts drafts={archivedDrafts} onDiscard={discardArchived} />
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
