// @vitest-environment happy-dom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EmptyState } from './EmptyState';

describe('EmptyState', () => {
  it('is a region named by its title, with the body and the action', () => {
    render(
      <EmptyState
        title="Coming in this version"
        body="The plan editor."
        action={<a href="#/">Home</a>}
      />,
    );

    const region = screen.getByRole('region', { name: 'Coming in this version' });
    expect(region).toHaveTextContent('The plan editor.');
    expect(screen.getByRole('link', { name: 'Home' })).toBeInTheDocument();
  });
});
