import { Field, Input, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useEffect, useRef, useState, type JSX } from 'react';
import { useIntl } from 'react-intl';
import { EntityFields } from '../../components/EntityFields/EntityFields';
import { Page } from '../../components/Page/Page';
import { useLanguage } from '../../providers/I18nProvider';
import { useServices } from '../../providers/ServicesProvider';
import { isEntityCode, suggestEntityCode } from './entity-code';
import type { ConfigChoices } from './save-entity-settings';
import { useTabConfigPageStyles } from './TabConfigPage.styles';

/** The entity id of a tab configured before entities had codes of their own. */
export const TAB_ENTITY_ID = 'integrity-dashboard';

/** The tab's own address without query or hash: the page Teams opens as the tab's content. */
export function tabContentUrl(location: Pick<Location, 'href'>): string {
  const url = new URL(location.href);
  url.search = '';
  url.hash = '';
  return url.href;
}

type Notice =
  | { readonly kind: 'none' }
  | { readonly kind: 'later' }
  | { readonly kind: 'failed'; readonly reason: string };

/**
 * The configuration page Teams shows when the tab is added to a channel: which entity the team
 * is (its code, name, kind and language) and, when someone is signed in, its settings with this
 * channel for the monthly reminder. The plan lives in the team's site, so only inside a team.
 */
export function TabConfigPage(): JSX.Element {
  const intl = useIntl();
  const styles = useTabConfigPageStyles();
  const services = useServices();
  const { host, hostContext } = services;
  const { language } = useLanguage();
  const { team, channel } = hostContext;
  const inTeam = team !== null;
  const tabName = intl.formatMessage({ id: 'config.tabName' });
  const [choices, setChoices] = useState<ConfigChoices>(() => ({
    entityId: hostContext.entityId ?? suggestEntityCode(team?.displayName ?? null),
    name: team?.displayName ?? '',
    kind: 'local-police-zone',
    language,
    channel:
      team === null || channel === null
        ? null
        : {
            teamId: team.groupId,
            channelId: channel.id,
            channelName: channel.displayName ?? channel.id,
          },
  }));
  const [notice, setNotice] = useState<Notice>({ kind: 'none' });
  const codeValid = isEntityCode(choices.entityId);
  const valid = inTeam && codeValid && choices.name.trim() !== '';
  // Teams keeps the first save handler; it reads the latest choices through this ref.
  const latest = useRef(choices);
  const latestLanguage = useRef(language);
  useEffect(() => {
    latest.current = choices;
    latestLanguage.current = language;
  }, [choices, language]);

  useEffect(() => {
    host.setValidityState(valid);
  }, [host, valid]);

  useEffect(() => {
    if (!inTeam) return;
    host.registerOnSave(async () => {
      const current = latest.current;
      // Loaded on Save only: the configuration page is part of the first paint.
      const { saveEntitySettings, storeErrorText } = await import('./save-entity-settings');
      const outcome = await saveEntitySettings(services, { ...current, name: current.name.trim() });
      if (outcome.kind === 'failed') {
        const reason =
          storeErrorText(outcome.error, latestLanguage.current) ??
          intl.formatMessage({ id: 'measure.error.unknown' });
        setNotice({ kind: 'failed', reason });
        // Teams shows the save as failed and keeps the dialog open.
        throw new Error(`Settings not saved: ${outcome.error.code}`);
      }
      if (outcome.kind === 'later') setNotice({ kind: 'later' });
      const contentUrl = tabContentUrl(window.location);
      await host.setConfig({
        contentUrl,
        websiteUrl: contentUrl,
        entityId: current.entityId,
        suggestedDisplayName: tabName,
      });
    });
  }, [host, inTeam, intl, services, tabName]);

  const set = <K extends keyof ConfigChoices>(key: K, value: ConfigChoices[K]): void => {
    setChoices((previous) => ({ ...previous, [key]: value }));
  };

  return (
    <Page title={intl.formatMessage({ id: 'config.title' })}>
      {inTeam ? (
        <>
          <Text as="p">{intl.formatMessage({ id: 'config.body' })}</Text>
          <form
            className={styles.form}
            onSubmit={(event) => {
              event.preventDefault();
            }}
          >
            <Field
              label={intl.formatMessage({ id: 'settings.entityId' })}
              hint={intl.formatMessage({ id: 'settings.entityId.hint' })}
              {...(codeValid
                ? {}
                : {
                    validationState: 'error' as const,
                    validationMessage: intl.formatMessage({ id: 'settings.entityId.invalid' }),
                  })}
            >
              <Input
                value={choices.entityId}
                onChange={(_, data) => {
                  set('entityId', data.value.trim());
                }}
              />
            </Field>
            <Field
              label={intl.formatMessage({ id: 'settings.name' })}
              {...(choices.name.trim() === ''
                ? {
                    validationState: 'error' as const,
                    validationMessage: intl.formatMessage({ id: 'settings.name.required' }),
                  }
                : {})}
            >
              <Input
                value={choices.name}
                onChange={(_, data) => {
                  set('name', data.value);
                }}
              />
            </Field>
            <EntityFields
              kind={choices.kind}
              language={choices.language}
              onKindChange={(kind) => {
                set('kind', kind);
              }}
              onLanguageChange={(locale) => {
                set('language', locale);
              }}
            />
          </form>
          {notice.kind === 'later' && (
            <MessageBar intent="info">
              <MessageBarBody>
                {intl.formatMessage({ id: 'settings.config.signInLater' })}
              </MessageBarBody>
            </MessageBar>
          )}
          {notice.kind === 'failed' && (
            <MessageBar intent="error" role="alert">
              <MessageBarBody>
                {intl.formatMessage(
                  { id: 'settings.config.saveFailed' },
                  { reason: notice.reason },
                )}
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>{intl.formatMessage({ id: 'config.noTeam' })}</MessageBarBody>
        </MessageBar>
      )}
    </Page>
  );
}
