import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { toLocale, type LocalizedText } from '../../core/shared/locale';

/** Picks the current language's text of a core label (catalogue, SMART, phases, statuses). */
export function useLocalize(): (text: LocalizedText) => string {
  const language = toLocale(useIntl().locale);
  return useCallback((text: LocalizedText): string => text[language], [language]);
}
