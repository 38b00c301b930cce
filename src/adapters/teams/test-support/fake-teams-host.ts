/**
 * A Teams host in a test: it stands in as `window.parent` and speaks the postMessage protocol
 * teams-js 2.x uses (see shared/reference/teams-host-protocol.md), so the adapter runs the real
 * teams-js code path end to end. Requests are answered asynchronously, as a real host does.
 */

type Request = {
  readonly id: number;
  readonly uuidAsString?: string;
  readonly func: string;
  readonly args: readonly unknown[];
};

export type FakeTeamsHostOptions = {
  readonly frameContext: 'content' | 'settings';
  /** The flat legacy context shape hosts send; teams-js maps it to `app.Context`. */
  readonly context: Readonly<Record<string, unknown>>;
  /** `silent` never answers anything: a framing page that is no Teams host. */
  readonly behaviour?: 'teams' | 'silent';
};

export type FakeTeamsHost = {
  /** Every request the tab sent, in order. */
  readonly requests: readonly Request[];
  /** Sends a host event (e.g. `themeChange`) to the tab. */
  emit(func: string, args: readonly unknown[]): void;
  /** Waits until the tab has sent a request for `func`, and returns it. */
  waitForRequest(func: string): Promise<Request>;
  uninstall(): void;
};

const RUNTIME_CONFIG = JSON.stringify({
  apiVersion: 4,
  isLegacyTeams: false,
  supports: { pages: { config: {}, currentApp: {} }, teamsCore: {} },
});

function isRequest(data: unknown): data is Request {
  return (
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { id?: unknown }).id === 'number' &&
    typeof (data as { func?: unknown }).func === 'string'
  );
}

export function installFakeTeamsHost(win: Window, options: FakeTeamsHostOptions): FakeTeamsHost {
  const requests: Request[] = [];
  const waiters: { func: string; resolve: (request: Request) => void }[] = [];

  const send = (data: unknown): void => {
    const event = new MessageEvent('message', {
      data,
      origin: win.location.origin,
      source: parent as unknown as MessageEventSource,
    });
    win.dispatchEvent(event);
  };

  const answer = (request: Request): readonly unknown[] | null => {
    switch (request.func) {
      case 'initialize':
        return [options.frameContext, 'web', RUNTIME_CONFIG, '2.0.1'];
      case 'getContext':
        return [{ frameContext: options.frameContext, ...options.context }];
      case 'executeDeepLink':
      case 'pages.navigateToApp':
      case 'settings.setSettings':
        return [true];
      default:
        return null;
    }
  };

  const parent = {
    closed: false,
    postMessage(data: unknown): void {
      if (!isRequest(data)) return;
      requests.push(data);
      for (const waiter of waiters.filter((w) => w.func === data.func)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(data);
      }
      if (options.behaviour === 'silent') return;
      const args = answer(data);
      if (args === null) return;
      setTimeout(() => {
        send({ id: data.id, uuidAsString: data.uuidAsString, args });
      }, 0);
    },
  };

  Object.defineProperty(win, 'parent', { value: parent, configurable: true });

  return {
    requests,
    emit(func, args): void {
      send({ func, args });
    },
    waitForRequest(func): Promise<Request> {
      const sent = requests.find((request) => request.func === func);
      if (sent !== undefined) return Promise.resolve(sent);
      return new Promise((resolve) => waiters.push({ func, resolve }));
    },
    uninstall(): void {
      Object.defineProperty(win, 'parent', { value: win, configurable: true });
    },
  };
}
