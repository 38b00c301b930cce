import { toLocale } from '../../core/shared/locale';
import type {
  DeepLinkTarget,
  HostContext,
  HostPort,
  HostTheme,
  TabInstanceConfig,
} from '../../ports/host-context';
import { toWebUrl } from './web-url';

/** The parts of `window` the browser host uses. */
export type BrowserWindow = Pick<Window, 'navigator' | 'location' | 'open' | 'matchMedia'>;

// Forced colours (Windows high contrast) wins over a dark preference, as it does in Teams.
const CONTRAST_QUERIES = ['(forced-colors: active)', '(prefers-contrast: more)'] as const;
const DARK_QUERY = '(prefers-color-scheme: dark)';

function matches(win: BrowserWindow, query: string): boolean {
  return win.matchMedia(query).matches;
}

/** The theme a plain browser asks for through its media features. */
export function readBrowserTheme(win: BrowserWindow): HostTheme {
  if (CONTRAST_QUERIES.some((query) => matches(win, query))) return 'contrast';
  return matches(win, DARK_QUERY) ? 'dark' : 'default';
}

/** What a plain browser can tell: its language and theme; no user, team or channel. */
export function readBrowserContext(win: BrowserWindow): HostContext {
  return {
    mode: 'browser',
    locale: toLocale(win.navigator.language),
    theme: readBrowserTheme(win),
    user: {},
    team: null,
    channel: null,
    frameContext: null,
    subPageId: null,
    entityId: null,
  };
}

/**
 * The host when no Teams host is there: the tab opened directly in a browser, or framed by a page
 * that never answered the teams-js handshake. A deep link to a page of the tab becomes the URL
 * hash (the tab's router reads it); configuration pages only exist inside Teams.
 */
export function createBrowserHost(win: BrowserWindow = window): HostPort {
  return {
    getContext(): Promise<HostContext> {
      return Promise.resolve(readBrowserContext(win));
    },

    onThemeChange(listener: (theme: HostTheme) => void): () => void {
      const lists = [...CONTRAST_QUERIES, DARK_QUERY].map((query) => win.matchMedia(query));
      let current = readBrowserTheme(win);
      const onChange = (): void => {
        const next = readBrowserTheme(win);
        if (next === current) return;
        current = next;
        listener(next);
      };
      for (const list of lists) list.addEventListener('change', onChange);
      return () => {
        for (const list of lists) list.removeEventListener('change', onChange);
      };
    },

    openDeepLink(target: DeepLinkTarget): Promise<void> {
      try {
        if (target.kind === 'tab-page') {
          win.location.hash = `#/${target.subPageId}`;
        } else {
          win.open(toWebUrl(target.url).href, '_blank', 'noopener,noreferrer');
        }
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },

    // No host means no Save button to enable and no save to wait for.
    setValidityState(): void {
      return;
    },
    registerOnSave(): void {
      return;
    },

    setConfig(config: TabInstanceConfig): Promise<void> {
      return Promise.reject(
        new Error(
          `Cannot save the tab configuration for "${config.entityId}": no Teams host (plain browser).`,
        ),
      );
    },
  };
}
