import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
} from '@fluentui/react-components';
import { useEffect, useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import type { DomainError } from '../../../../core/shared/result';
import type { TeamChannel } from '../../../../ports/team-setup';
import { useErrorText } from '../../../data/useErrorText';
import { useLanguage } from '../../../providers/I18nProvider';
import { useServices } from '../../../providers/ServicesProvider';
import type { SetupServices } from '../../../providers/tab-services';
import { currentReminderChannel, saveReminderChannel } from '../save-reminder-channel';
import { useSetupPageStyles } from '../SetupPage.styles';

type ChannelsState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: DomainError }
  | { readonly kind: 'ready'; readonly channels: readonly TeamChannel[] };

type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly channel: string }
  | { readonly kind: 'failed'; readonly error: DomainError };

export type ChannelStepProps = {
  readonly setup: SetupServices;
  readonly onNext: () => void;
};

/** Step 3: the channel the monthly reminder goes to, saved in the entity's settings. */
export function ChannelStep({ setup, onNext }: ChannelStepProps): JSX.Element {
  const intl = useIntl();
  const styles = useSetupPageStyles();
  const errorText = useErrorText();
  const services = useServices();
  const { language } = useLanguage();
  const [channels, setChannels] = useState<ChannelsState>({ kind: 'loading' });
  const [selected, setSelected] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const team = services.hostContext.team;

  useEffect(() => {
    let current = true;
    void Promise.all([setup.team.listChannels(), currentReminderChannel(services)]).then(
      ([listed, saved]) => {
        if (!current) return;
        if (!listed.ok) {
          setChannels({ kind: 'failed', error: listed.error });
          return;
        }
        setChannels({ kind: 'ready', channels: listed.value });
        const preferred =
          listed.value.find((c) => c.id === saved) ??
          listed.value.find((c) => c.id === services.hostContext.channel?.id) ??
          listed.value[0];
        setSelected(preferred?.id ?? null);
      },
    );
    return () => {
      current = false;
    };
  }, [setup, services]);

  if (channels.kind === 'loading') {
    return <Spinner label={intl.formatMessage({ id: 'setup.channel.busy' })} />;
  }
  if (channels.kind === 'failed') {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{errorText(channels.error)}</MessageBarBody>
      </MessageBar>
    );
  }

  const submit = async (): Promise<void> => {
    const channel = channels.channels.find((c) => c.id === selected);
    if (channel === undefined || team === null) return;
    setSave({ kind: 'saving' });
    const result = await saveReminderChannel(services, {
      channel: { teamId: team.groupId, channelId: channel.id, channelName: channel.displayName },
      teamName: team.displayName,
      language,
    });
    setSave(
      result.ok
        ? { kind: 'saved', channel: channel.displayName }
        : { kind: 'failed', error: result.error },
    );
  };

  return (
    <div className={styles.step}>
      {channels.channels.length === 0 ? (
        <MessageBar intent="warning">
          <MessageBarBody>{intl.formatMessage({ id: 'setup.channel.none' })}</MessageBarBody>
        </MessageBar>
      ) : (
        <Field label={intl.formatMessage({ id: 'setup.channel.label' })}>
          <RadioGroup
            value={selected ?? ''}
            onChange={(_, data) => {
              setSelected(data.value);
              setSave({ kind: 'idle' });
            }}
          >
            {channels.channels.map((channel) => (
              <Radio key={channel.id} value={channel.id} label={channel.displayName} />
            ))}
          </RadioGroup>
        </Field>
      )}
      {save.kind === 'saved' && (
        <MessageBar intent="success">
          <MessageBarBody>
            {intl.formatMessage({ id: 'setup.channel.saved' }, { channel: save.channel })}
          </MessageBarBody>
        </MessageBar>
      )}
      {save.kind === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{errorText(save.error)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button
          appearance={save.kind === 'saved' ? 'secondary' : 'primary'}
          disabled={selected === null || save.kind === 'saving' || team === null}
          onClick={() => void submit()}
        >
          {intl.formatMessage({ id: 'setup.channel.save' })}
        </Button>
        <Button appearance={save.kind === 'saved' ? 'primary' : 'secondary'} onClick={onNext}>
          {intl.formatMessage({ id: save.kind === 'saved' ? 'setup.next' : 'setup.skip' })}
        </Button>
      </div>
    </div>
  );
}
