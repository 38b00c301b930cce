// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { HostTheme } from '../../ports/host-context';
import { createBrowserHost, type BrowserWindow } from './browser-host';

/** A window whose media features the test can flip, like a user changing the OS theme. */
function windowWithMedia(
  language: string,
  active: Set<string>,
): {
  win: BrowserWindow;
  flip: (query: string) => void;
} {
  const lists = new Map<string, EventTarget>();
  const matchMedia = (query: string): MediaQueryList => {
    const target = lists.get(query) ?? new EventTarget();
    lists.set(query, target);
    return Object.assign(target, {
      media: query,
      get matches() {
        return active.has(query);
      },
    }) as unknown as MediaQueryList;
  };
  return {
    win: {
      navigator: { language } as Navigator,
      location: window.location,
      open: (...args: Parameters<Window['open']>) => window.open(...args),
      matchMedia,
    },
    flip(query) {
      if (active.has(query)) active.delete(query);
      else active.add(query);
      lists.get(query)?.dispatchEvent(new Event('change'));
    },
  };
}

describe('createBrowserHost', () => {
  it('takes the language from the browser and the theme from its media features', async () => {
    const { win } = windowWithMedia('de-BE', new Set(['(prefers-color-scheme: dark)']));

    const context = await createBrowserHost(win).getContext();

    expect(context).toMatchObject({ mode: 'browser', locale: 'de', theme: 'dark', team: null });
  });

  it('prefers high contrast over dark', async () => {
    const { win } = windowWithMedia(
      'fr',
      new Set(['(prefers-color-scheme: dark)', '(forced-colors: active)']),
    );

    expect((await createBrowserHost(win).getContext()).theme).toBe('contrast');
  });

  it('follows the operating system theme until unsubscribed', () => {
    const { win, flip } = windowWithMedia('nl', new Set());
    const seen: HostTheme[] = [];
    const stop = createBrowserHost(win).onThemeChange((theme) => seen.push(theme));

    flip('(prefers-color-scheme: dark)');
    flip('(prefers-color-scheme: dark)');
    stop();
    flip('(prefers-color-scheme: dark)');

    expect(seen).toEqual(['dark', 'default']);
  });

  it('turns a deep link to a page of the tab into the URL hash', async () => {
    await createBrowserHost().openDeepLink({ kind: 'tab-page', subPageId: 'plan/objective/7' });

    expect(window.location.hash).toBe('#/plan/objective/7');
  });

  it('refuses links that are not web addresses', async () => {
    await expect(
      createBrowserHost().openDeepLink({ kind: 'external', url: 'data:text/html,hi' }),
    ).rejects.toThrow(/data: scheme/);
  });

  it('cannot save a tab configuration without a Teams host', async () => {
    const save = createBrowserHost().setConfig({
      contentUrl: 'https://tab.example/',
      websiteUrl: 'https://tab.example/',
      entityId: 'integrity-dashboard',
      suggestedDisplayName: 'Integrity',
    });

    await expect(save).rejects.toThrow(/no Teams host/);
  });
});
