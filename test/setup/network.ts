import { afterAll, afterEach } from 'vitest';
import { server } from './msw-server';

// Loopback stays reachable: the emulator's own tests talk to a real server on 127.0.0.1. Every
// other unhandled request fails the test, so no test reaches the network.
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

// Listening at module level, not in beforeAll: teams-js fetches its origin list while the test
// file's imports are evaluated, before any hook runs.
server.listen({
  onUnhandledRequest(request, print) {
    if (LOOPBACK_HOSTS.has(new URL(request.url).hostname)) return;
    print.error();
  },
});

afterEach(() => {
  server.resetHandlers();
});

afterAll(() => {
  server.close();
});
