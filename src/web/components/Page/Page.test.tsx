// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithIntl } from '../../test-support/render-with-intl';
import { Page } from './Page';

describe('Page', () => {
  it('has one level-1 heading and names the browser tab after it', () => {
    renderWithIntl(
      <Page title="Plan">
        <p>Body</p>
      </Page>,
    );

    expect(screen.getByRole('heading', { level: 1, name: 'Plan' })).toBeInTheDocument();
    expect(screen.getByText('Body')).toBeInTheDocument();
    expect(document.title).toBe('Plan – Integrity Dashboard');
  });
});
