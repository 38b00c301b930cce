// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectHost } from './teams-host';
import { installFakeTeamsHost, type FakeTeamsHost } from './test-support/fake-teams-host';

// teams-js keeps its handshake state for the module's lifetime, so the paths that leave it
// pending live in their own file, apart from the connected-host tests.
let host: FakeTeamsHost | null = null;

afterEach(() => {
  host?.uninstall();
  host = null;
});

describe('connectHost without a Teams host', () => {
  it('skips the handshake in a top-level window and falls back to the browser at once', async () => {
    const started = performance.now();
    const port = await connectHost({ timeoutMs: 60_000 });
    const context = await port.getContext();

    expect(performance.now() - started).toBeLessThan(1_000);
    expect(context.mode).toBe('browser');
    expect(context.team).toBeNull();
  });

  it('gives up after the timeout when the framing page never answers', async () => {
    host = installFakeTeamsHost(window, {
      frameContext: 'content',
      context: {},
      behaviour: 'silent',
    });
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const started = performance.now();

    const port = await connectHost({ timeoutMs: 150 });
    const context = await port.getContext();

    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(host.requests.map((request) => request.func)).toContain('initialize');
    expect(context.mode).toBe('browser');
    expect(info).toHaveBeenCalledWith(expect.stringContaining('timed-out'));
  });
});
