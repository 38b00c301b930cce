import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import type { ChannelRef } from '../../../../core/schedule/entity-settings.types';
import type { DomainError } from '../../../../core/shared/result';
import { EntityFields } from '../../../components/EntityFields/EntityFields';
import type { FieldProblem, SettingsField, SettingsFormValues } from '../settings-form';
import { useSettingsFormStyles } from './SettingsForm.styles';

export type SettingsFormProps = {
  /** The channel the tab is open in, and the one saved before (when another). */
  readonly channels: { readonly current: ChannelRef | null; readonly stored: ChannelRef | null };
  readonly errorText: (error: DomainError) => string;
  /** The next reminder, as formatted text, or null when none is planned. */
  readonly nextReminder: string | null;
  readonly onChange: (values: SettingsFormValues) => void;
  readonly onSubmit: () => void;
  readonly problems: Partial<Record<SettingsField, FieldProblem>>;
  readonly status: 'idle' | 'saving';
  /** The team's name, shown with the current channel. */
  readonly teamName: string;
  readonly values: SettingsFormValues;
};

/** The entity's settings: name, kind, languages, reminder channel and cadence. */
export function SettingsForm(props: SettingsFormProps): JSX.Element {
  const { values, problems, channels, onChange, errorText } = props;
  const intl = useIntl();
  const styles = useSettingsFormStyles();

  const problem = (
    field: SettingsField,
  ): { validationMessage?: string; validationState?: 'error' } => {
    const found = problems[field];
    if (found === undefined) return {};
    const message =
      found.kind === 'error' ? errorText(found.error) : intl.formatMessage({ id: found.id });
    return { validationMessage: message, validationState: 'error' };
  };
  const set = <K extends SettingsField>(field: K, value: SettingsFormValues[K]): void => {
    onChange({ ...values, [field]: value });
  };
  const text = (
    field: Exclude<SettingsField, 'kind' | 'language' | 'secondLanguage' | 'channel'>,
    label: string,
    type: 'text' | 'number' | 'date' = 'number',
  ): JSX.Element => (
    <Field label={label} {...problem(field)}>
      <Input
        type={type}
        value={values[field]}
        onChange={(_, data) => {
          set(field, data.value);
        }}
      />
    </Field>
  );

  return (
    <form
      className={styles.root}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      {text('name', intl.formatMessage({ id: 'settings.name' }), 'text')}
      <EntityFields
        kind={values.kind}
        language={values.language}
        onKindChange={(kind) => {
          set('kind', kind);
        }}
        onLanguageChange={(language) => {
          set('language', language);
        }}
        secondLanguage={{
          value: values.secondLanguage,
          onChange: (language) => {
            set('secondLanguage', language);
          },
          ...problem('secondLanguage'),
        }}
      />
      <Field label={intl.formatMessage({ id: 'settings.channel' })}>
        <Select
          value={values.channel}
          onChange={(_, data) => {
            set('channel', data.value as SettingsFormValues['channel']);
          }}
        >
          {channels.current !== null && (
            <option value="this">
              {intl.formatMessage(
                { id: 'settings.channel.this' },
                { channel: channels.current.channelName, team: props.teamName },
              )}
            </option>
          )}
          {channels.stored !== null &&
            channels.stored.channelId !== channels.current?.channelId && (
              <option value="stored">{channels.stored.channelName}</option>
            )}
          <option value="off">{intl.formatMessage({ id: 'settings.channel.off' })}</option>
        </Select>
      </Field>
      {text('dayOfMonth', intl.formatMessage({ id: 'settings.day' }))}
      {text('hour', intl.formatMessage({ id: 'settings.hour' }))}
      {text('pauseUntil', intl.formatMessage({ id: 'settings.pauseUntil' }), 'date')}
      {text('skipRecentlyUpdatedDays', intl.formatMessage({ id: 'settings.skipDays' }))}
      {text('indicatorStaleAfterDays', intl.formatMessage({ id: 'settings.staleDays' }))}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={props.status === 'saving'}>
          {intl.formatMessage({
            id: props.status === 'saving' ? 'settings.saving' : 'settings.save',
          })}
        </Button>
        <Text role="status">
          {props.nextReminder === null
            ? intl.formatMessage({ id: 'settings.nextReminder.none' })
            : intl.formatMessage({ id: 'settings.nextReminder' }, { date: props.nextReminder })}
        </Text>
      </div>
    </form>
  );
}
SettingsForm.displayName = 'SettingsForm';
