// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithIntl } from '../../test-support/render-with-intl';
import { SkipLink } from './SkipLink';

describe('SkipLink', () => {
  it('moves focus to its target without touching the route in the URL hash', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/plan';
    renderWithIntl(
      <>
        <SkipLink targetId="content" />
        <main id="content" tabIndex={-1}>
          Content
        </main>
      </>,
    );

    await user.click(screen.getByRole('link', { name: 'Skip to main content' }));

    expect(screen.getByRole('main')).toHaveFocus();
    expect(window.location.hash).toBe('#/plan');
  });
});
