// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
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

describe('AppShell', () => {
  it('has a banner, a named navigation and a main region', async () => {
    const { user } = renderTab();
    await signInAs(user, 'Team member');

    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toContainElement(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Agent Janssens' }),
    );
  });

  it('moves across the sections with the arrow keys and opens one with Enter', async () => {
    const { user } = renderTab();
    await signInAs(user, 'Mandate holder');
    const home = screen.getByRole('tab', { name: 'Home' });
    expect(home).toHaveAttribute('aria-selected', 'true');

    home.focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Plan' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Measurements' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Measurements' }),
    ).toBeInTheDocument();
    expect(window.location.hash).toBe('#/measurements');
    expect(screen.getByRole('tab', { name: 'Measurements' })).toHaveAttribute(
      'aria-selected',
      'true',
    );

    await user.keyboard('{ArrowLeft}{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Settings' })).toHaveFocus();
  });

  it('opens the page a Teams deep link names, under its section', async () => {
    const { user } = renderTab({ context: { subPageId: 'measurement/42' } });
    await signInAs(user, 'Mandate holder');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Measurement' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Measurements' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(document.title).toBe('Measurement – Integrity Dashboard');
  });

  it('says so when the address names no page, with a way home', async () => {
    window.location.hash = '#/plans/3';
    const { user } = renderTab();
    await signInAs(user, 'Mandate holder');

    expect(
      await screen.findByText('There is no page at “plans/3” in this tab.'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to Home' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Commissaris Claes' }),
    ).toBeInTheDocument();
  });

  it('starts the keyboard at a skip link that moves focus to the main region', async () => {
    const { user } = renderTab();
    await signInAs(user, 'Mandate holder');
    document.body.focus();

    await user.tab();
    const skip = screen.getByRole('link', { name: 'Skip to main content' });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(screen.getByRole('main')).toHaveFocus();
    expect(window.location.hash).toBe('');
  });
});
