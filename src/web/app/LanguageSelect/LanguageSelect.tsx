import { Select, type SelectProps } from '@fluentui/react-components';
import type { JSX } from 'react';
import { useIntl } from 'react-intl';
import { LOCALES, type Locale } from '../../../core/shared/locale';
import type { LanguageChoice } from '../../i18n/language-preference';
import { useLanguage } from '../../providers/I18nProvider';

const CHOICES: readonly LanguageChoice[] = ['automatic', ...LOCALES];

function isChoice(value: string): value is LanguageChoice {
  return (CHOICES as readonly string[]).includes(value);
}

/**
 * The header's language switch: the host's language by default, or one picked here. A native
 * select: keyboard, screen readers and touch work everywhere, and the first load stays small.
 */
export function LanguageSelect(): JSX.Element {
  const intl = useIntl();
  const { choice, hostLanguage, choose } = useLanguage();
  const nameOf = (locale: Locale): string => intl.formatMessage({ id: `language.${locale}` });

  const onChange: SelectProps['onChange'] = (_, data) => {
    if (isChoice(data.value)) choose(data.value);
  };

  return (
    <Select
      appearance="filled-lighter"
      size="small"
      value={choice}
      onChange={onChange}
      aria-label={intl.formatMessage({ id: 'language.label' })}
    >
      <option value="automatic">
        {intl.formatMessage({ id: 'language.automatic' }, { language: nameOf(hostLanguage) })}
      </option>
      {LOCALES.map((locale) => (
        // Each language is named in itself, so screen readers need its own `lang`.
        <option key={locale} value={locale} lang={locale}>
          {nameOf(locale)}
        </option>
      ))}
    </Select>
  );
}
