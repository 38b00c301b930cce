import type {
  DeepLinkTarget,
  HostContext,
  HostPort,
  HostTheme,
  TabInstanceConfig,
} from '../../ports/host-context';

/**
 * A host for component tests: it answers like a Teams host and lets the test act as the host
 * (switch the theme, press the configuration page's Save). The teams-js adapter itself is tested
 * against the real protocol in src/adapters/teams.
 */
export type FakeHost = HostPort & {
  emitTheme(theme: HostTheme): void;
  /** Presses the host's Save button; resolves with the outcome the tab reported. */
  pressSave(): Promise<'success' | 'failure'>;
  readonly validity: readonly boolean[];
  readonly savedConfigs: readonly TabInstanceConfig[];
  readonly deepLinks: readonly DeepLinkTarget[];
};

export const TEAMS_CONTEXT: HostContext = {
  mode: 'teams',
  locale: 'en',
  theme: 'default',
  user: { id: 'c1', loginHint: 'commander@pz-demo.example', displayName: 'Commissaris Claes' },
  team: {
    groupId: 'group-1',
    internalId: '19:team@thread.skype',
    displayName: 'PZ Demo',
    siteUrl: null,
  },
  channel: { id: '19:general@thread.skype', displayName: 'Algemeen' },
  frameContext: 'content',
  subPageId: null,
  entityId: 'integrity-dashboard',
};

export function createFakeHost(context: HostContext): FakeHost {
  const themeListeners = new Set<(theme: HostTheme) => void>();
  const validity: boolean[] = [];
  const savedConfigs: TabInstanceConfig[] = [];
  const deepLinks: DeepLinkTarget[] = [];
  let onSave: (() => Promise<void>) | null = null;

  return {
    validity,
    savedConfigs,
    deepLinks,
    getContext: () => Promise.resolve(context),
    onThemeChange(listener) {
      themeListeners.add(listener);
      return () => {
        themeListeners.delete(listener);
      };
    },
    openDeepLink(target) {
      deepLinks.push(target);
      return Promise.resolve();
    },
    setValidityState(valid) {
      validity.push(valid);
    },
    registerOnSave(handler) {
      onSave = handler;
    },
    setConfig(config) {
      savedConfigs.push(config);
      return Promise.resolve();
    },
    emitTheme(theme) {
      for (const listener of themeListeners) listener(theme);
    },
    async pressSave() {
      if (onSave === null) return 'failure';
      try {
        await onSave();
        return 'success';
      } catch {
        return 'failure';
      }
    },
  };
}
