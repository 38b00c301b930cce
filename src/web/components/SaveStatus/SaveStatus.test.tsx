// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithIntl } from '../../test-support/render-with-intl';
import type { StoreError } from '../../../ports/store.types';
import { SaveStatus } from './SaveStatus';

const OFFLINE: StoreError = { code: 'STORE.NETWORK', kind: 'objective', id: null, attempts: 5 };
const FORBIDDEN: StoreError = { code: 'STORE.FORBIDDEN', kind: 'action', id: '3' };

describe('SaveStatus', () => {
  it('is a polite live region that says where the edits stand', () => {
    const { unmount } = renderWithIntl(<SaveStatus state={{ status: 'idle' }} />);
    const region = screen.getByRole('status', { name: 'Save status' });
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('Changes are saved as you type.');
    unmount();

    renderWithIntl(<SaveStatus state={{ status: 'saved' }} />);
    expect(screen.getByRole('status', { name: 'Save status' })).toHaveTextContent(
      'All changes are saved.',
    );
  });

  it('counts the drafts kept on this device, gives the reason and offers a retry', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    renderWithIntl(
      <SaveStatus
        onRetry={onRetry}
        state={{
          status: 'draft',
          count: 2,
          error: OFFLINE,
        }}
      />,
    );
    expect(
      screen.getByText(
        /^2 changes are kept on this device and will be saved when the connection is back\./,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry now' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('says why an edit was refused, without a retry', () => {
    renderWithIntl(<SaveStatus onRetry={vi.fn()} state={{ status: 'failed', error: FORBIDDEN }} />);
    expect(
      screen.getByText(
        'Not saved: You may not change the action: only the team’s owners can. Ask an owner for access if you need it.',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry now' })).not.toBeInTheDocument();
  });
});
