// @vitest-environment happy-dom
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../test/setup/msw-server';
import { personaTokenHandler } from '../test-support/persona-token-handler';
import { renderTab } from '../test-support/render-tab';
import { signInAs } from '../test-support/sign-in';

beforeEach(() => {
  window.location.hash = '';
  localStorage.clear();
  server.use(personaTokenHandler(window.location.origin));
});

describe('App in local mode', () => {
  it('asks for a persona first, then shows the signed-in persona and the sections', async () => {
    const { user } = renderTab();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to the local demo' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual([
      'commander',
      'integrity-officer',
      'member',
      'aig-reviewer',
    ]);

    await signInAs(user, 'Integrity officer');

    const banner = screen.getByRole('banner');
    expect(
      within(banner).getByText('Signed in as Inspecteur Peeters (Integrity officer)'),
    ).toBeVisible();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Inspecteur Peeters' }),
    ).toBeInTheDocument();
  });

  it('goes back to the persona picker on "Switch persona"', async () => {
    const { user } = renderTab();
    await signInAs(user, 'Mandate holder');

    await user.click(screen.getByRole('button', { name: 'Switch persona' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sign in to the local demo' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('says why sign-in failed when the emulator refuses the persona', async () => {
    server.use(personaTokenHandler(window.location.origin, 403));
    const { user } = renderTab();

    await user.click(await screen.findByRole('radio', { name: 'AIG reviewer' }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(
      await screen.findByText(
        'The local emulator refused to sign in as AIG reviewer (status 403).',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('sets the page language from the host', async () => {
    renderTab({ context: { locale: 'de' } });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bei der lokalen Demo anmelden' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
  });
});

describe('App in tenant mode', () => {
  it('signs in with the Microsoft 365 account instead of a persona', async () => {
    renderTab({ mode: 'tenant' });

    expect(
      await screen.findByRole('heading', { name: 'Sign in with your Microsoft 365 account' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });
});

describe('App in the configuration frame', () => {
  it('lets Teams save the tab pointing at its Home page', async () => {
    const { host } = renderTab({ context: { frameContext: 'settings' } });
    await screen.findByRole('heading', { name: 'Add the integrity dashboard to this team' });

    // The page tells the host its validity in an effect after the heading is shown.
    await waitFor(() => {
      expect(host.validity).toEqual([true]);
    });
    expect(await host.pressSave()).toBe('success');
    expect(host.savedConfigs).toEqual([
      {
        // No hash: an empty route is Home, and a Teams deep link (subPageId) can still win.
        contentUrl: `${window.location.origin}${window.location.pathname}`,
        websiteUrl: `${window.location.origin}${window.location.pathname}`,
        entityId: 'integrity-dashboard',
        suggestedDisplayName: 'Integrity',
      },
    ]);
  });

  it('keeps Save disabled outside a team', async () => {
    const { host } = renderTab({ context: { frameContext: 'settings', team: null } });

    expect(await screen.findByText(/Add this tab from a channel of a team/)).toBeInTheDocument();
    await waitFor(() => {
      expect(host.validity).toEqual([false]);
    });
    expect(await host.pressSave()).toBe('failure');
  });
});
