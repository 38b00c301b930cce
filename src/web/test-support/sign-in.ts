import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Signs in through the persona picker, as a user would, and waits for the first screen. */
export async function signInAs(user: UserEvent, persona: RegExp | string): Promise<void> {
  await user.click(await screen.findByRole('radio', { name: persona }));
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
  await screen.findByRole('navigation', { name: 'Sections' });
}
