import { AppId, app, pages } from '@microsoft/teams-js';
import type {
  DeepLinkTarget,
  HostContext,
  HostPort,
  HostTheme,
  TabInstanceConfig,
} from '../../ports/host-context';
import { createBrowserHost, type BrowserWindow } from './browser-host';
import { toHostContext, toHostTheme } from './teams-context';
import { toWebUrl } from './web-url';

/**
 * How long to wait for a Teams host to answer `app.initialize()`. In a frame whose parent is not
 * a Teams host the call neither resolves nor rejects for 60 s (measured), so we give up earlier.
 */
export const DEFAULT_HOST_TIMEOUT_MS = 2000;

export type ConnectHostOptions = {
  /** Wait this long for the handshake; 1500 to 3000 ms is a good range. */
  readonly timeoutMs?: number;
  readonly window?: BrowserWindow & Pick<Window, 'parent'>;
  /**
   * Host origins to trust besides the tab's own origin and Microsoft's hosts (teams-js accepts
   * http origins here only since 2.49).
   */
  readonly validMessageOrigins?: readonly string[];
  /** The Teams app id, for deep links when the host's context does not carry it. */
  readonly appId?: string;
};

type Handshake = 'ready' | 'failed' | 'timed-out';

function handshake(origins: readonly string[], timeoutMs: number): Promise<Handshake> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      resolve('timed-out');
    }, timeoutMs);
    app.initialize(origins.length === 0 ? undefined : [...origins]).then(
      () => {
        clearTimeout(timer);
        resolve('ready');
      },
      () => {
        clearTimeout(timer);
        resolve('failed');
      },
    );
  });
}

/**
 * Connects to the host the tab runs in: the Teams host when one answers the teams-js handshake in
 * time, otherwise a plain browser host. A top-level window cannot have a Teams host, so it skips
 * the handshake.
 */
export async function connectHost(options: ConnectHostOptions = {}): Promise<HostPort> {
  const win = options.window ?? window;
  if (win.parent === win) return createBrowserHost(win);
  const outcome = await handshake(
    options.validMessageOrigins ?? [],
    options.timeoutMs ?? DEFAULT_HOST_TIMEOUT_MS,
  );
  if (outcome !== 'ready') {
    console.info(`No Teams host (${outcome}): the tab runs as a plain browser page.`);
    return createBrowserHost(win);
  }
  // Lets a host that shows a loading indicator (manifest `showLoadingIndicator`) remove it.
  app.notifySuccess().catch(() => undefined);
  return createTeamsHost(options.appId);
}

function createTeamsHost(configuredAppId: string | undefined): HostPort {
  // teams-js keeps one theme handler; this fans each change out to every listener.
  const themeListeners = new Set<(theme: HostTheme) => void>();
  let themeHandlerRegistered = false;

  return {
    async getContext(): Promise<HostContext> {
      return toHostContext(await app.getContext());
    },

    onThemeChange(listener: (theme: HostTheme) => void): () => void {
      themeListeners.add(listener);
      if (!themeHandlerRegistered) {
        themeHandlerRegistered = true;
        app.registerOnThemeChangeHandler((theme) => {
          const next = toHostTheme(theme);
          for (const notify of themeListeners) notify(next);
        });
      }
      return () => {
        themeListeners.delete(listener);
      };
    },

    async openDeepLink(target: DeepLinkTarget): Promise<void> {
      if (target.kind === 'external') {
        await app.openLink(toWebUrl(target.url).href);
        return;
      }
      const context = await app.getContext();
      const appId = context.app.appId?.toString() ?? configuredAppId;
      const pageId = context.page.id;
      if (appId !== undefined) {
        await pages.navigateToApp({
          appId: new AppId(appId),
          pageId,
          subPageId: target.subPageId,
          ...(context.channel === undefined ? {} : { channelId: context.channel.id }),
        });
        return;
      }
      // Without an app id, navigateToApp cannot name the app; the current app still can.
      await pages.currentApp.navigateTo({ pageId, subPageId: target.subPageId });
    },

    setValidityState(valid: boolean): void {
      pages.config.setValidityState(valid);
    },

    registerOnSave(handler: () => Promise<void>): void {
      pages.config.registerOnSaveHandler((event) => {
        handler().then(
          () => {
            event.notifySuccess();
          },
          (error: unknown) => {
            event.notifyFailure(error instanceof Error ? error.message : String(error));
          },
        );
      });
    },

    setConfig(config: TabInstanceConfig): Promise<void> {
      return pages.config.setConfig({
        contentUrl: toWebUrl(config.contentUrl).href,
        websiteUrl: toWebUrl(config.websiteUrl).href,
        entityId: config.entityId,
        suggestedDisplayName: config.suggestedDisplayName,
      });
    },
  };
}
