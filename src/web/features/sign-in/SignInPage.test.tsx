// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { delay, http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../../test/setup/msw-server';
import { PERSONA_ACCOUNTS } from '../../test-support/persona-token-handler';
import { renderTab } from '../../test-support/render-tab';

beforeEach(() => {
  window.location.hash = '';
  localStorage.clear();
});

/** The emulator's token endpoint answering the host's login hint after `ms`. */
function slowHintSignIn(ms: number): { readonly bodies: unknown[] } {
  const bodies: unknown[] = [];
  server.use(
    http.post(`${window.location.origin}/_local/token`, async ({ request }) => {
      bodies.push(await request.json());
      await delay(ms);
      return HttpResponse.json({
        access_token: 'token-for-commander',
        persona: 'commander',
        oid: 'oid-commander',
        ...PERSONA_ACCOUNTS.commander,
      });
    }),
  );
  return { bodies };
}

describe('SignInPage in a Teams host', () => {
  it('shows a spinner, not the persona picker, while signing in as the host’s user', async () => {
    const token = slowHintSignIn(400);
    renderTab();

    expect(await screen.findByText('Signing in…')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Sign in' })).toBeNull();

    const banner = screen.getByRole('banner');
    expect(
      await within(banner).findByText(
        'Signed in as Commissaris Claes (Mandate holder)',
        {},
        { timeout: 5000 },
      ),
    ).toBeVisible();
    expect(screen.queryByRole('radio')).toBeNull();
    // One request, with the login hint the host gave (TEAMS_CONTEXT's user).
    expect(token.bodies).toEqual([{ loginHint: PERSONA_ACCOUNTS.commander.email }]);
  });
});
