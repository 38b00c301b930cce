// @vitest-environment happy-dom
import { screen } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/server';
import { TEAMS_CONTEXT } from '../test-support/fake-host';
import { renderEmulatorTab, startDemoEmulator } from '../test-support/emulator-tab';

let emulator: RunningEmulator;

beforeAll(async () => {
  emulator = await startDemoEmulator();
});

afterAll(async () => {
  await emulator.close();
});

beforeEach(() => {
  window.location.hash = '';
  localStorage.clear();
});

describe('SessionProvider', () => {
  it("signs in as the persona the Teams host's loginHint names", async () => {
    renderEmulatorTab(emulator, {
      context: {
        user: { loginHint: 'Sofie.Claes@pz-demo.example', displayName: 'Sofie Claes' },
        entityId: 'integrity-dashboard',
      },
    });

    expect(
      await screen.findByText('Signed in as Sofie Claes (Integrity officer)'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in' })).not.toBeInTheDocument();
    // The tab's own id is not an entity: the site's entity (PZ Demo) is shown.
    expect(await screen.findByRole('region', { name: 'The plan at a glance' })).toHaveTextContent(
      'Plan period 1 January 2026 – 31 December 2029',
    );
  });

  it('keeps the persona picker in a plain browser', async () => {
    renderEmulatorTab(emulator, {
      context: { mode: 'browser', user: { loginHint: 'sofie.claes@pz-demo.example' } },
    });
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('keeps the persona picker when no persona has the hinted e-mail', async () => {
    renderEmulatorTab(emulator, { context: { user: TEAMS_CONTEXT.user } });
    expect(await screen.findByRole('button', { name: 'Sign in' })).toBeInTheDocument();
    // Give the persona lookup time to answer: it must not sign anyone in.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(screen.queryByText(/^Signed in as/)).not.toBeInTheDocument();
  });
});
