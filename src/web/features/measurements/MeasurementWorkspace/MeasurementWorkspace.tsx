import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Spinner,
} from '@fluentui/react-components';
import { useEffect, useState, type JSX, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { CATALOGUE } from '../../../../core/catalogue/catalogue';
import type { PersonRef } from '../../../../core/shared/person';
import type { DomainError } from '../../../../core/shared/result';
import { ConflictDialog } from '../../../components/ConflictDialog/ConflictDialog';
import { Page } from '../../../components/Page/Page';
import { SaveStatus } from '../../../components/SaveStatus/SaveStatus';
import type { DraftStore } from '../../../data/drafts';
import { useErrorText } from '../../../data/useErrorText';
import type { MessageId } from '../../../i18n/messages.en';
import { useNavigation } from '../../../navigation/NavigationProvider';
import { useLanguage } from '../../../providers/I18nProvider';
import { LockedDrafts } from '../LockedDrafts/LockedDrafts';
import { formatIsoDate, measurementTitle } from '../measurement-labels';
import { useMeasurementPageStyles } from '../MeasurementPage.styles';
import { RatingGrid } from '../RatingGrid/RatingGrid';
import { parseRatingValue, ratingText } from '../rating-options';
import { missingCount, type MeasurementActions, type MeasurementData } from '../useMeasurement';
import { useRatingQueue } from '../useRatingQueue';
import { useSealCheck } from '../useSealCheck';
import type { WriteAccess } from '../useWriteAccess';

export type MeasurementWorkspaceProps = {
  readonly access: WriteAccess;
  readonly actions: MeasurementActions;
  /** The link back to every measurement. */
  readonly back: ReactNode;
  readonly data: MeasurementData;
  /** Where rating drafts are kept (this device's storage by default). */
  readonly drafts?: DraftStore;
  readonly person: PersonRef | null;
};

type ActionStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  /** The lock is stored; its items are being made read-only in SharePoint. */
  | { readonly kind: 'sealing' }
  /** Locked and sealed: `total` items are read-only in SharePoint for everyone. */
  | { readonly kind: 'sealed'; readonly total: number }
  | { readonly kind: 'failed'; readonly error: DomainError };

// Refusals retrying cannot overcome: the edits stay on this device and the person is told so.
const REFUSALS = new Set(['MEASUREMENT.LOCKED', 'STORE.LOCKED', 'STORE.FORBIDDEN']);
// Refused because the measurement is locked: seen by the saver's fresh read, or by the store
// when the lock landed between that read and the write.
const LOCKED = new Set(['MEASUREMENT.LOCKED', 'STORE.LOCKED']);

const FIELD_LABELS: Readonly<Record<string, MessageId>> = {
  value: 'measure.element.rating',
  target: 'measure.element.target',
  evidenceNote: 'measure.element.note',
  evidenceLinks: 'measure.element.links',
  dissent: 'measure.multi.dissent',
  'rater.displayName': 'measure.conflict.rater',
  'rater.email': 'measure.conflict.rater',
};

/**
 * A loaded measurement: lock and correction, progress, the rating grid saved as you go through
 * the shared save queue (status, drafts, conflict dialog), and why edits were not stored.
 */
export function MeasurementWorkspace(props: MeasurementWorkspaceProps): JSX.Element {
  const { access, actions, back, data, person } = props;
  const intl = useIntl();
  const styles = useMeasurementPageStyles();
  const { language } = useLanguage();
  const errorText = useErrorText();
  const { navigate } = useNavigation();
  const [action, setAction] = useState<ActionStatus>({ kind: 'idle' });
  const ratings = useRatingQueue(data, person, actions.ratingStored, props.drafts);
  const { queue } = ratings;
  const { reload } = actions;

  const m = data.measurement.value;
  // Only a measurement already locked when opened is checked: one locked here is being sealed.
  const [lockedOnOpen] = useState(m.status === 'locked');
  const seal = useSealCheck(data.measurement.id, lockedOnOpen);
  // Once sealing runs again here, its own status (or failure, with its retry) says it instead.
  const sealChecked =
    action.kind !== 'sealing' &&
    action.kind !== 'sealed' &&
    !(action.kind === 'failed' && action.error.code === 'SEAL.FAILED');
  const total = CATALOGUE.length;
  const rated = total - missingCount(data);
  const editable = access.kind === 'write' && m.status === 'open' ? 'edit' : 'read';
  const refusal =
    queue.state.status === 'failed' && REFUSALS.has(queue.state.error.code)
      ? queue.state.error
      : null;

  // Locked by someone else while this screen was open: read it again, so the grid goes read only.
  const lockedMeanwhile = refusal !== null && LOCKED.has(refusal.code) && m.status === 'open';
  // A locked measurement's drafts can never be stored: listed to be noted and discarded instead.
  const lockedDrafts = ratings.locked.length > 0;
  useEffect(() => {
    if (lockedMeanwhile) reload();
  }, [lockedMeanwhile, reload]);

  const onLock = async (): Promise<void> => {
    setAction({ kind: 'busy' });
    const outcome = await actions.lock(() => {
      setAction({ kind: 'sealing' });
    });
    setAction(outcome.kind === 'failed' ? outcome : { kind: 'sealed', total: outcome.seal.total });
  };
  const onCorrect = async (): Promise<void> => {
    setAction({ kind: 'busy' });
    const outcome = await actions.correct();
    if ('error' in outcome) {
      setAction({ kind: 'failed', error: outcome.error });
      return;
    }
    setAction({ kind: 'idle' });
    navigate({ name: 'measurement', measurementId: outcome.id });
  };
  const labelOf = (path: string): string => {
    const id = FIELD_LABELS[path];
    return id === undefined ? path : intl.formatMessage({ id });
  };
  const formatValue = (path: string, value: unknown): string => {
    if (value === null || value === undefined) return '';
    if (
      (path === 'value' || path === 'target') &&
      (typeof value === 'string' || typeof value === 'number')
    ) {
      const parsed = parseRatingValue(String(value));
      return parsed === null ? String(value) : ratingText(parsed, language);
    }
    if (Array.isArray(value)) return value.map(String).join(', ');
    return typeof value === 'string' ? value : JSON.stringify(value);
  };
  const conflict = queue.conflict;

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
          <Button
            // Not while its items are being sealed: the sealing's outcome would replace the
            // correction's status on this screen.
            disabled={action.kind === 'busy' || action.kind === 'sealing'}
            onClick={() => void onCorrect()}
          >
            {intl.formatMessage({ id: 'measure.correct' })}
          </Button>
        )}
      </div>
      {action.kind === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(action.error)}</MessageBarBody>
          {action.error.code === 'STORE.CONFLICT' && (
            <Button onClick={reload}>{intl.formatMessage({ id: 'measure.reload' })}</Button>
          )}
          {action.error.code === 'SEAL.FAILED' && access.kind === 'write' && (
            // The lock is stored; locking again retries only the sealing (idempotent).
            <Button onClick={() => void onLock()}>
              {intl.formatMessage({ id: 'measure.seal.retry' })}
            </Button>
          )}
        </MessageBar>
      )}
      {(action.kind === 'sealing' || action.kind === 'sealed') && (
        // One polite live region for both steps, so the sealed state is announced when it
        // replaces the sealing one (a region inserted afresh may go unannounced); focus stays.
        <MessageBar
          intent={action.kind === 'sealed' ? 'success' : 'info'}
          role="status"
          // The spinner only shows it is running; the text says what (an unnamed progressbar
          // would only add noise to the announcement).
          {...(action.kind === 'sealing'
            ? { icon: <Spinner size="extra-tiny" aria-hidden="true" /> }
            : {})}
        >
          <MessageBarBody>
            <span>{intl.formatMessage({ id: 'measure.lock.done' })}</span>{' '}
            <span>
              {action.kind === 'sealed'
                ? intl.formatMessage({ id: 'measure.seal.done' }, { total: action.total })
                : intl.formatMessage({ id: 'measure.seal.running' })}
            </span>
          </MessageBarBody>
        </MessageBar>
      )}
      {sealChecked && seal.kind === 'sealed' && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{intl.formatMessage({ id: 'measure.seal.verified' })}</MessageBarBody>
        </MessageBar>
      )}
      {sealChecked && seal.kind === 'not-sealed' && (
        // Locked, but its sealing never completed: owners seal it again (idempotent).
        <MessageBar intent="warning" role="status">
          <MessageBarBody>{intl.formatMessage({ id: 'measure.seal.missing' })}</MessageBarBody>
          {access.kind === 'write' && (
            <Button disabled={action.kind === 'busy'} onClick={() => void onLock()}>
              {intl.formatMessage({ id: 'measure.seal.retry' })}
            </Button>
          )}
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
      {m.status === 'locked' && (
        <LockedDrafts
          drafts={ratings.locked}
          language={language}
          onDiscard={ratings.discardLocked}
        />
      )}
      {refusal !== null && queue.drafts.length > 0 && !lockedDrafts && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>
            {intl.formatMessage(
              { id: 'measure.draftsKept' },
              { count: queue.drafts.length, reason: errorText(refusal) },
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {(editable === 'edit' || (queue.drafts.length > 0 && refusal === null && !lockedDrafts)) && (
        <SaveStatus
          state={queue.state}
          onRetry={() => {
            void queue.retry();
          }}
        />
      )}
      {conflict !== null && (
        <ConflictDialog
          // A rating created meanwhile by someone else has its own id: only the values differ.
          mine={
            conflict.theirs === null ? conflict.mine : { ...conflict.mine, id: conflict.theirs.id }
          }
          theirs={conflict.theirs?.value ?? null}
          labelOf={labelOf}
          formatValue={formatValue}
          onSave={(choices) => {
            void queue.resolveConflict(choices);
          }}
          onDiscard={queue.discardConflict}
        />
      )}
      <Field
        className={styles.progress}
        label={intl.formatMessage({ id: 'measure.progress' }, { rated, total })}
      >
        <ProgressBar value={rated} max={total} />
      </Field>
      <RatingGrid
        access={editable}
        data={data}
        errorText={errorText}
        language={language}
        pending={ratings.pending}
        person={person}
        onRate={ratings.rate}
        onRateIndividually={actions.rateIndividually}
        onAgree={actions.agree}
      />
    </Page>
  );
}
MeasurementWorkspace.displayName = 'MeasurementWorkspace';
