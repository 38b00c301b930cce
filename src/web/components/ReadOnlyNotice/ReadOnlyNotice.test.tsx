// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithIntl } from '../../test-support/render-with-intl';
import { ReadOnlyNotice } from './ReadOnlyNotice';

describe('ReadOnlyNotice', () => {
  it.each([
    ['member', /As a team member you can read the plan and the dashboard/],
    ['aig-reviewer', /As an AIG reviewer you read the plan for oversight/],
    ['archived', /This plan is archived/],
  ] as const)('says why a %s cannot edit', (reason, text) => {
    renderWithIntl(<ReadOnlyNotice reason={reason} />);
    expect(screen.getByText('Read only')).toBeInTheDocument();
    expect(screen.getByText(text)).toBeInTheDocument();
  });
});
