import { http, HttpResponse, type HttpHandler } from 'msw';

/** What the emulator's `POST /_local/token` answers per persona in component tests. */
export const PERSONA_ACCOUNTS = {
  commander: { displayName: 'Commissaris Claes', email: 'commander@pz-demo.example' },
  'integrity-officer': { displayName: 'Inspecteur Peeters', email: 'integrity@pz-demo.example' },
  member: { displayName: 'Agent Janssens', email: 'member@pz-demo.example' },
  'aig-reviewer': { displayName: 'Auditeur Dubois', email: 'aig@aig.example' },
} as const;

/**
 * The local emulator's sign-in endpoint on `origin`, for `server.use(...)`; `status` makes it
 * refuse every persona.
 */
export function personaTokenHandler(origin: string, status = 200): HttpHandler {
  return http.post(`${origin}/_local/token`, async ({ request }) => {
    const { persona } = (await request.json()) as { persona: string };
    const account = PERSONA_ACCOUNTS[persona as keyof typeof PERSONA_ACCOUNTS] as
      (typeof PERSONA_ACCOUNTS)[keyof typeof PERSONA_ACCOUNTS] | undefined;
    if (status !== 200 || account === undefined) {
      return HttpResponse.json({ error: 'refused' }, { status: status === 200 ? 400 : status });
    }
    return HttpResponse.json({
      access_token: `token-for-${persona}`,
      persona,
      oid: `oid-${persona}`,
      ...account,
    });
  });
}
