// @vitest-environment happy-dom
import { act, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { NavigationProvider } from '../../navigation/NavigationProvider';
import { renderWithIntl } from '../../test-support/render-with-intl';
import { MainNav } from './MainNav';

const SECTION_NAMES = [
  'Home',
  'Plan',
  'Measurements',
  'Dashboard',
  'My actions',
  'Exports',
  'Settings',
];

function selectedTab(): string | null {
  return (
    SECTION_NAMES.find((name) => screen.queryByRole('tab', { name, selected: true }) !== null) ??
    null
  );
}

beforeEach(() => {
  window.location.hash = '';
});

describe('MainNav', () => {
  it('lists the sections in order inside a named navigation landmark', () => {
    renderWithIntl(
      <NavigationProvider subPageId={null}>
        <MainNav />
      </NavigationProvider>,
    );

    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument();
    const tabs = screen.getAllByRole('tab');
    expect(tabs).toHaveLength(SECTION_NAMES.length);
    SECTION_NAMES.forEach((name, index) => {
      expect(tabs[index]).toHaveAccessibleName(name);
    });
    expect(selectedTab()).toBe('Home');
  });

  it('puts the chosen section in the URL hash', async () => {
    const user = userEvent.setup();
    renderWithIntl(
      <NavigationProvider subPageId={null}>
        <MainNav />
      </NavigationProvider>,
    );

    await user.click(screen.getByRole('tab', { name: 'Dashboard' }));

    expect(window.location.hash).toBe('#/dashboard');
    expect(selectedTab()).toBe('Dashboard');
  });

  it('highlights no section on a history page', async () => {
    renderWithIntl(
      <NavigationProvider subPageId={null}>
        <MainNav />
      </NavigationProvider>,
    );

    await act(async () => {
      window.location.hash = '#/history/objective/4';
      await new Promise((resolve) => setTimeout(resolve, 0));
    });

    expect(selectedTab()).toBeNull();
  });
});
