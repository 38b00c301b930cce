// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PERSONAS, type PersonaId } from '../../../providers/tab-services';
import { renderWithIntl } from '../../../test-support/render-with-intl';
import { PersonaPicker, type PersonaPickerProps } from './PersonaPicker';

function setup(status: PersonaPickerProps['status'] = { kind: 'idle' }): {
  signedIn: PersonaId[];
} {
  const signedIn: PersonaId[] = [];
  renderWithIntl(
    <PersonaPicker personas={PERSONAS} status={status} onSignIn={(p) => signedIn.push(p)} />,
  );
  return { signedIn };
}

describe('PersonaPicker', () => {
  it('labels each persona with its role and describes what it may do', () => {
    setup();

    const officer = screen.getByRole('radio', { name: 'Integrity officer' });
    expect(officer).toHaveAccessibleDescription(
      'Edits the plan, runs measurements and curates the dialogue prompts.',
    );
    expect(screen.getByRole('radiogroup')).toHaveAccessibleName('Persona');
    expect(screen.getByRole('radio', { name: 'Mandate holder' })).toBeChecked();
  });

  it('signs in as the persona chosen with the keyboard', async () => {
    const user = userEvent.setup();
    const { signedIn } = setup();

    await user.click(screen.getByRole('radio', { name: 'Team member' }));
    await user.keyboard('{ArrowDown}');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByRole('radio', { name: 'AIG reviewer' })).toBeChecked();
    expect(signedIn).toEqual(['aig-reviewer']);
  });

  it('cannot be sent again while signing in', async () => {
    const user = userEvent.setup();
    const { signedIn } = setup({ kind: 'busy' });

    const button = screen.getByRole('button', { name: 'Signing in…' });
    await user.click(button);

    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(signedIn).toEqual([]);
  });

  it('says when the emulator cannot be reached', () => {
    setup({ kind: 'failed', persona: 'member', error: { code: 'SIGN_IN.UNREACHABLE' } });

    expect(screen.getByText(/The local emulator did not answer/)).toBeInTheDocument();
  });
});
