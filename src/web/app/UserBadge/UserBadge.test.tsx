// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../../../test/setup/msw-server';
import { personaTokenHandler } from '../../test-support/persona-token-handler';
import { renderTab } from '../../test-support/render-tab';
import { signInAs } from '../../test-support/sign-in';

beforeEach(() => {
  window.location.hash = '';
  localStorage.clear();
  server.use(personaTokenHandler(window.location.origin));
});

describe('UserBadge', () => {
  it('is empty before sign-in and names the persona and its role after', async () => {
    const { user } = renderTab();
    await screen.findByRole('radio', { name: 'AIG reviewer' });
    expect(within(screen.getByRole('banner')).queryByText(/Signed in as/)).toBeNull();

    await signInAs(user, 'AIG reviewer');

    const banner = screen.getByRole('banner');
    expect(within(banner).getByText('Signed in as Auditeur Dubois (AIG reviewer)')).toBeVisible();
    expect(within(banner).getByRole('button', { name: 'Switch persona' })).toBeEnabled();
  });
});
