import {
  createContext,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
  type JSX,
  type ReactNode,
} from 'react';
import { IntlProvider } from 'react-intl';
import { BRUSSELS_TIME_ZONE } from '../../core/shared/dates';
import type { Locale } from '../../core/shared/locale';
import {
  readLanguageChoice,
  saveLanguageChoice,
  type LanguageChoice,
} from '../i18n/language-preference';
import { loadMessages, type LoadedMessages } from '../i18n/load-messages';
import { useServices } from './ServicesProvider';

export type LanguageControl = {
  /** The language the tab shows. */
  readonly language: Locale;
  /** The user's pick: a language, or `automatic` (the host's language). */
  readonly choice: LanguageChoice;
  /** The host's (Teams' or the browser's) language. */
  readonly hostLanguage: Locale;
  readonly choose: (choice: LanguageChoice) => void;
};

const LanguageContext = createContext<LanguageControl | null>(null);

export type I18nProviderProps = { readonly children: ReactNode };

/**
 * The tab's language: the host's, unless the user picked another in the header (remembered in
 * this browser). Dates and numbers follow Belgian conventions in Europe/Brussels time.
 */
export function I18nProvider({ children }: I18nProviderProps): JSX.Element | null {
  const hostLanguage = useServices().hostContext.locale;
  const [choice, setChoice] = useState<LanguageChoice>(readLanguageChoice);
  const language = choice === 'automatic' ? hostLanguage : choice;
  const [loaded, setLoaded] = useState<LoadedMessages | null>(null);

  useEffect(() => {
    let current = true;
    void loadMessages(language).then((next) => {
      if (current) setLoaded(next);
    });
    return () => {
      current = false;
    };
  }, [language]);

  // In the same commit as the text in that language (a layout effect), so a screen reader never
  // reads the new words with the previous language's voice.
  useLayoutEffect(() => {
    if (loaded !== null) document.documentElement.lang = loaded.locale;
  }, [loaded]);

  const control = useMemo<LanguageControl>(
    () => ({
      language: loaded?.locale ?? language,
      choice,
      hostLanguage,
      choose(next: LanguageChoice): void {
        saveLanguageChoice(next);
        setChoice(next);
      },
    }),
    [loaded, language, choice, hostLanguage],
  );

  // The previous language stays on screen while the next one loads: no flash of empty labels.
  if (loaded === null) return null;
  return (
    <IntlProvider
      locale={`${loaded.locale}-BE`}
      messages={loaded.messages}
      defaultLocale="en-BE"
      timeZone={BRUSSELS_TIME_ZONE}
    >
      <LanguageContext.Provider value={control}>{children}</LanguageContext.Provider>
    </IntlProvider>
  );
}

export function useLanguage(): LanguageControl {
  const control = useContext(LanguageContext);
  if (control === null) throw new Error('useLanguage needs an I18nProvider above it.');
  return control;
}
