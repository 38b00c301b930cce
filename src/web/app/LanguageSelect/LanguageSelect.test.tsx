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

describe('LanguageSelect', () => {
  it('switches every label to French and remembers the choice', async () => {
    const { user, unmount } = renderTab();
    await signInAs(user, 'Mandate holder');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Français');

    expect(await screen.findByRole('navigation', { name: 'Rubriques' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Accueil' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Mes actions' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Changer de persona' })).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Bienvenue, Commissaris Claes' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Nous sommes le mercredi 1 octobre 2025.')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');

    unmount();
    renderTab();
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Se connecter à la démo locale' }),
    ).toBeInTheDocument();
  });

  it('follows the host language again on "Automatic"', async () => {
    localStorage.setItem('integrity-dashboard:language', 'de');
    const { user } = renderTab({ context: { locale: 'nl' } });
    const select = await screen.findByRole('combobox', { name: 'Sprache' });

    await user.selectOptions(select, 'Automatisch (Nederlands)');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Aanmelden bij de lokale demo' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Taal' })).toHaveValue('automatic');
    expect(localStorage.getItem('integrity-dashboard:language')).toBeNull();
  });

  it('names each language in itself', async () => {
    renderTab();

    const options = await screen.findAllByRole('option');

    expect(options.map((option) => [option.textContent, option.getAttribute('lang')])).toEqual([
      ['Automatic (English)', null],
      ['Nederlands', 'nl'],
      ['Français', 'fr'],
      ['Deutsch', 'de'],
      ['English', 'en'],
    ]);
  });
});
