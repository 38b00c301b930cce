import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useEffect, useMemo, useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import type { ChannelRef, EntitySettings } from '../../../core/schedule/entity-settings.types';
import type { DomainError } from '../../../core/shared/result';
import { isInvalidRecord, type Read } from '../../../ports/store.types';
import { Page } from '../../components/Page/Page';
import { useLanguage } from '../../providers/I18nProvider';
import { useServices } from '../../providers/ServicesProvider';
import { useSession } from '../../providers/SessionProvider';
import type { TabData } from '../../providers/tab-services';
import {
  checkValues,
  defaultValues,
  nextReminder,
  valuesOf,
  type FieldProblem,
  type SettingsField,
  type SettingsFormValues,
} from './settings-form';
import { SettingsForm } from './SettingsForm/SettingsForm';
import { useErrorText } from '../../data/useErrorText';

type Loaded = {
  readonly data: TabData;
  readonly read: Read<EntitySettings> | null;
};

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: DomainError }
  | { readonly kind: 'ready'; readonly loaded: Loaded };

type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'failed'; readonly error: DomainError };

// Owners only: members and the AIG reviewer see no form (the store would refuse them anyway).
const WRITERS = new Set(['commander', 'integrity-officer']);

/** The entity's settings: languages, the reminder channel and its rhythm. Owners only. */
export function SettingsPage(): JSX.Element {
  const intl = useIntl();
  const services = useServices();
  const { language } = useLanguage();
  const { state: session } = useSession();
  const errorText = useErrorText();
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const [generation, setGeneration] = useState(0);
  const [values, setValues] = useState<SettingsFormValues | null>(null);
  const [problems, setProblems] = useState<Partial<Record<SettingsField, FieldProblem>>>({});
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });

  const { team, channel } = services.hostContext;
  const current = useMemo<ChannelRef | null>(
    () =>
      team === null || channel === null
        ? null
        : {
            teamId: team.groupId,
            channelId: channel.id,
            channelName: channel.displayName ?? channel.id,
          },
    [team, channel],
  );
  const canWrite =
    session.status === 'signed-in' &&
    (session.user.persona === null || WRITERS.has(session.user.persona));

  useEffect(() => {
    let live = true;
    void (async (): Promise<PageState> => {
      const data = await services.data();
      if (!data.ok) return { kind: 'failed', error: data.error };
      const read = await data.value.store.loadSettings(data.value.entityId);
      if (!read.ok) return { kind: 'failed', error: read.error };
      return { kind: 'ready', loaded: { data: data.value, read: read.value } };
    })().then((next) => {
      if (!live) return;
      setState(next);
      if (next.kind !== 'ready') return;
      const read = next.loaded.read;
      setValues(
        read === null || isInvalidRecord(read)
          ? defaultValues(team?.displayName ?? '', language, current !== null)
          : valuesOf(read.value, current),
      );
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reason: the language and channel only seed an empty form.
  }, [services, generation]);

  const title = intl.formatMessage({ id: 'nav.settings' });
  if (state.kind === 'loading' || (state.kind === 'ready' && values === null)) {
    return (
      <Page title={title}>
        <Spinner label={intl.formatMessage({ id: 'app.loading' })} />
      </Page>
    );
  }
  if (state.kind === 'failed' || values === null) {
    return (
      <Page title={title}>
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {intl.formatMessage({ id: 'settings.loadFailed' })}{' '}
            {state.kind === 'failed' ? errorText(state.error) : null}
          </MessageBarBody>
        </MessageBar>
      </Page>
    );
  }

  const { data, read } = state.loaded;
  const stored = read !== null && !isInvalidRecord(read) ? read : null;
  const channels = { current, stored: stored?.value.reminderChannel ?? null };
  const checked = checkValues(data.entityId, values, channels);
  const next = checked.ok ? nextReminder(checked.settings, services.now()) : null;

  const onSubmit = async (): Promise<void> => {
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    setSave({ kind: 'saving' });
    const expected = read === null ? null : { id: read.id, etag: read.etag };
    const result = await data.store.saveSettings(checked.settings, expected);
    if (!result.ok) {
      setSave({ kind: 'failed', error: result.error });
      return;
    }
    setState({ kind: 'ready', loaded: { data, read: result.value } });
    setSave({ kind: 'saved' });
  };

  return (
    <Page title={title}>
      {!canWrite && (
        <MessageBar intent="info">
          <MessageBarBody>{intl.formatMessage({ id: 'settings.readOnly' })}</MessageBarBody>
        </MessageBar>
      )}
      {read === null && canWrite && (
        <MessageBar intent="info">
          <MessageBarBody>{intl.formatMessage({ id: 'settings.notConfigured' })}</MessageBarBody>
        </MessageBar>
      )}
      {read !== null && isInvalidRecord(read) && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {intl.formatMessage({ id: 'settings.invalidStored' }, { reason: read.reason })}
          </MessageBarBody>
        </MessageBar>
      )}
      {save.kind === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(save.error)}</MessageBarBody>
          {save.error.code === 'STORE.CONFLICT' && (
            <Button
              onClick={() => {
                setSave({ kind: 'idle' });
                setGeneration((g) => g + 1);
              }}
            >
              {intl.formatMessage({ id: 'measure.reload' })}
            </Button>
          )}
        </MessageBar>
      )}
      {save.kind === 'saved' && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{intl.formatMessage({ id: 'settings.saved' })}</MessageBarBody>
        </MessageBar>
      )}
      {canWrite && (
        <SettingsForm
          values={values}
          problems={problems}
          channels={channels}
          errorText={errorText}
          teamName={team?.displayName ?? ''}
          nextReminder={
            next === null ? null : intl.formatDate(next, { dateStyle: 'full', timeStyle: 'short' })
          }
          status={save.kind === 'saving' ? 'saving' : 'idle'}
          onChange={(changed) => {
            setValues(changed);
            if (save.kind === 'saved') setSave({ kind: 'idle' });
          }}
          onSubmit={() => void onSubmit()}
        />
      )}
    </Page>
  );
}
