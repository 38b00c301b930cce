import type { EmulatorContext } from '../context';
import { invalidRequest } from '../graph/errors';
import type { RouteOptions } from '../http/router';
import { PERSONA_PROFILES, PERSONAS, isPersona } from './personas';
import { TOKEN_LIFETIME_SECONDS } from './tokens';

const LOCAL_ROUTE: RouteOptions = {
  kind: 'local.token',
  auth: 'none',
  errors: 'graph',
  faultable: false,
};

/** The persona whose e-mail is `loginHint` (case-insensitive), as Entra matches a login hint. */
function personaOf(loginHint: string): string | null {
  const hint = loginHint.trim().toLowerCase();
  return PERSONAS.find((p) => PERSONA_PROFILES[p].email.toLowerCase() === hint) ?? null;
}

/**
 * The persona picker's sign-in: `POST /_local/token {"persona":"commander"}` returns a local
 * access token with the persona's profile; `GET /_local/personas` lists who can sign in.
 * `{"loginHint":"…"}` instead is the host's silent sign-in: a Teams host gives the tab the user's
 * login hint, and like Entra's `ssoSilent` with a login hint one request returns the token of the
 * persona with that e-mail (400 when there is none, and the tab shows the picker).
 */
export function registerTokenRoutes(ctx: EmulatorContext): void {
  ctx.router.add(
    'POST',
    '/_local/token',
    (req) => {
      const body = (req.body ?? {}) as { persona?: unknown; loginHint?: unknown };
      const persona = typeof body.loginHint === 'string' ? personaOf(body.loginHint) : body.persona;
      if (!isPersona(persona)) {
        throw invalidRequest(
          typeof body.loginHint === 'string'
            ? 'No persona signs in with this login hint.'
            : `Unknown persona; use one of ${PERSONAS.join(', ')}.`,
        );
      }
      const profile = PERSONA_PROFILES[persona];
      return {
        status: 200,
        body: {
          access_token: ctx.tokens.issue(persona),
          token_type: 'Bearer',
          expires_in: TOKEN_LIFETIME_SECONDS,
          persona,
          displayName: profile.displayName,
          email: profile.email,
          oid: profile.oid,
          siteUserId: profile.siteUserId,
        },
      };
    },
    LOCAL_ROUTE,
  );

  ctx.router.add(
    'GET',
    '/_local/personas',
    () => ({
      status: 200,
      body: {
        value: PERSONAS.map((p) => {
          const profile = PERSONA_PROFILES[p];
          return {
            persona: p,
            displayName: profile.displayName,
            email: profile.email,
            jobTitle: profile.jobTitle,
            siteUserId: profile.siteUserId,
            principal: profile.principal,
          };
        }),
      },
    }),
    LOCAL_ROUTE,
  );
}
