import { Field, Select } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import type { EntitySettings } from '../../../core/schedule/entity-settings.types';
import { LOCALES, type Locale } from '../../../core/shared/locale';

/** The kinds of entity, in the order the select offers them. */
export const ENTITY_KINDS: readonly EntitySettings['kind'][] = [
  'local-police-zone',
  'federal-directorate',
];

export type EntityFieldsProps = {
  readonly kind: EntitySettings['kind'];
  readonly language: Locale;
  readonly onKindChange: (kind: EntitySettings['kind']) => void;
  readonly onLanguageChange: (language: Locale) => void;
  /**
   * A bilingual entity's second language ('' for none) with its problem, if any; left out where
   * only the first language is asked (the tab's configuration page).
   */
  readonly secondLanguage?: {
    readonly value: Locale | '';
    readonly onChange: (language: Locale | '') => void;
    readonly validationMessage?: string;
  };
};

function isKind(value: string): value is EntitySettings['kind'] {
  return (ENTITY_KINDS as readonly string[]).includes(value);
}

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/**
 * The entity's kind and languages, as the settings screen and the tab's configuration page both
 * ask them: one place for the options and their labels.
 */
export function EntityFields(props: EntityFieldsProps): JSX.Element {
  const { kind, language, secondLanguage } = props;
  const intl = useIntl();
  const languageName = (locale: Locale): string => intl.formatMessage({ id: `language.${locale}` });
  return (
    <>
      <Field label={intl.formatMessage({ id: 'settings.kind' })}>
        <Select
          value={kind}
          onChange={(_, data) => {
            if (isKind(data.value)) props.onKindChange(data.value);
          }}
        >
          {ENTITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {intl.formatMessage({ id: `settings.kind.${k}` })}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={intl.formatMessage({ id: 'settings.language.first' })}>
        <Select
          value={language}
          onChange={(_, data) => {
            if (isLocale(data.value)) props.onLanguageChange(data.value);
          }}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {languageName(locale)}
            </option>
          ))}
        </Select>
      </Field>
      {secondLanguage !== undefined && (
        <Field
          label={intl.formatMessage({ id: 'settings.language.second' })}
          {...(secondLanguage.validationMessage === undefined
            ? {}
            : {
                validationState: 'error' as const,
                validationMessage: secondLanguage.validationMessage,
              })}
        >
          <Select
            value={secondLanguage.value}
            onChange={(_, data) => {
              if (data.value === '' || isLocale(data.value)) secondLanguage.onChange(data.value);
            }}
          >
            <option value="">{intl.formatMessage({ id: 'settings.language.none' })}</option>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {languageName(locale)}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </>
  );
}
EntityFields.displayName = 'EntityFields';
