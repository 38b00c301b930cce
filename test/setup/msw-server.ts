import { http, HttpResponse, type HttpHandler } from 'msw';
import { setupServer } from 'msw/node';

/** teams-js downloads its list of trusted host origins from this address when it is imported. */
export const TEAMS_VALID_DOMAINS_URL =
  'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';

/**
 * The page's own origin in DOM test files (happy-dom's `http://localhost:3000`), where the local
 * tab sends its persona lookup (`GET /_local/personas`, for a Teams `loginHint`) and Graph
 * (`/v1.0/...`). Nothing listens there: a test that needs answers adds its handlers with
 * `server.use(...)`. Without one, these defaults fail the request as the closed port did (a
 * network error, so the tab's behaviour is the same), minus the `ECONNREFUSED` stack traces
 * happy-dom printed for each. Requests anywhere else are still unhandled (see network.ts).
 */
function pageOriginDefaults(): HttpHandler[] {
  if (typeof window === 'undefined') return [];
  const origin = window.location.origin;
  if (!origin.startsWith('http')) return [];
  return [
    http.get(`${origin}/_local/personas`, () => HttpResponse.error()),
    http.all(`${origin}/v1.0/*`, () => HttpResponse.error()),
  ];
}

/**
 * The one msw server of the unit project, started by `network.ts` before any test module is
 * imported. Tests add handlers with `server.use(...)`; they are reset after each test. Never
 * create a second `setupServer` in a test: two servers fight over the same interceptors.
 */
export const server = setupServer(
  http.get(TEAMS_VALID_DOMAINS_URL, () =>
    HttpResponse.json({ validOrigins: ['teams.microsoft.com', '*.teams.microsoft.com'] }),
  ),
  ...pageOriginDefaults(),
);
