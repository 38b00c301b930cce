import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';

/** teams-js downloads its list of trusted host origins from this address when it is imported. */
export const TEAMS_VALID_DOMAINS_URL =
  'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';

/**
 * The one msw server of the unit project, started by `network.ts` before any test module is
 * imported. Tests add handlers with `server.use(...)`; they are reset after each test. Never
 * create a second `setupServer` in a test: two servers fight over the same interceptors.
 */
export const server = setupServer(
  http.get(TEAMS_VALID_DOMAINS_URL, () =>
    HttpResponse.json({ validOrigins: ['teams.microsoft.com', '*.teams.microsoft.com'] }),
  ),
);
