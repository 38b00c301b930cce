import { LOCALES, type Locale } from '../../core/shared/locale';

/** The user's pick in the language menu: a language, or whatever the host uses. */
export type LanguageChoice = Locale | 'automatic';

const STORAGE_KEY = 'integrity-dashboard:language';

function isLocale(value: string | null): value is Locale {
  return value !== null && (LOCALES as readonly string[]).includes(value);
}

// Storage can be blocked (third-party frame with strict privacy settings): it then throws, and
// the choice simply lasts until the tab reloads.
export function readLanguageChoice(): LanguageChoice {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : 'automatic';
  } catch {
    return 'automatic';
  }
}

export function saveLanguageChoice(choice: LanguageChoice): void {
  try {
    if (choice === 'automatic') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    return;
  }
}
