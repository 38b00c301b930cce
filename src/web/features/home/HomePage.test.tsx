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

describe('HomePage', () => {
  it("gives today's date in Brussels, where midnight may already have passed", async () => {
    // 22:30 UTC on 1 October is 00:30 on 2 October in Brussels (CEST).
    const { user } = renderTab({ now: new Date('2025-10-01T22:30:00Z') });
    await signInAs(user, 'Mandate holder');

    expect(await screen.findByText('Today is Thursday, 2 October 2025.')).toBeInTheDocument();
  });

  it('shows the team and channel the tab is open in', async () => {
    const { user } = renderTab();
    await signInAs(user, 'Mandate holder');

    const where = await screen.findByRole('region', { name: 'Where you are' });
    const facts = within(where)
      .getAllByRole('definition')
      .map((item) => item.textContent);
    expect(
      within(where)
        .getAllByRole('term')
        .map((item) => item.textContent),
    ).toEqual(['Team', 'Channel']);
    expect(facts).toEqual(['PZ Demo', 'Algemeen']);
  });

  it('explains that the plan belongs to a team when opened outside one', async () => {
    const { user } = renderTab({ context: { mode: 'browser', team: null, channel: null } });
    await signInAs(user, 'Team member');

    const where = await screen.findByRole('region', { name: 'Where you are' });
    expect(where).toHaveTextContent("Open it in your entity's team");
    expect(
      screen.getByText(
        'Local demo: the data comes from the local Microsoft 365 emulator, not from a tenant.',
      ),
    ).toBeInTheDocument();
  });

  it('marks the plan summary as coming in this version', async () => {
    const { user } = renderTab();
    await signInAs(user, 'Mandate holder');

    expect(await screen.findByRole('region', { name: 'The plan at a glance' })).toHaveTextContent(
      'The PDCA phase, the next measurement due',
    );
  });
});
