import type { Locale } from '../../core/shared/locale';
import { messagesEn, type Messages } from './messages.en';

// One chunk per language, fetched on first use: a user only ever downloads the languages they
// read. English is bundled because it is the fallback when a chunk cannot be loaded. In a Vite
// build the catalogues hold precompiled ICU trees instead of strings (vite.config.ts,
// precompileMessages); react-intl takes either, and the types describe the source.
const LOADERS: Readonly<Record<Locale, () => Promise<Messages>>> = {
  en: () => Promise.resolve(messagesEn),
  nl: () => import('./messages.nl').then((module) => module.messagesNl),
  fr: () => import('./messages.fr').then((module) => module.messagesFr),
  de: () => import('./messages.de').then((module) => module.messagesDe),
};

export type LoadedMessages = { readonly locale: Locale; readonly messages: Messages };

/** The messages of `locale`, or English if its chunk cannot be fetched (offline, redeployed). */
export async function loadMessages(locale: Locale): Promise<LoadedMessages> {
  try {
    return { locale, messages: await LOADERS[locale]() };
  } catch (error) {
    console.warn(`Messages for "${locale}" could not be loaded; showing English.`, error);
    return { locale: 'en', messages: messagesEn };
  }
}
