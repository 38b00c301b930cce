import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  APP_CLIENT_ID,
  APP_DISPLAY_NAME,
  PERSONA_PROFILES,
  TENANT_ID,
  isPersona,
  type Persona,
  type PersonaProfile,
} from './personas';

/** Who is calling: the persona behind a verified local token. */
export type Identity = {
  readonly persona: Persona;
  readonly profile: PersonaProfile;
  /** App-only (client credentials) rather than delegated. */
  readonly appOnly: boolean;
};

/** Access tokens last an hour, like Entra's default for Graph (clients must refresh). */
export const TOKEN_LIFETIME_SECONDS = 3600;

const ISSUER = `https://sts.windows.net/${TENANT_ID}/`;

function base64url(input: Buffer | string): string {
  return Buffer.from(input).toString('base64url');
}

export type TokenCheck =
  | { readonly ok: true; readonly identity: Identity }
  | { readonly ok: false; readonly message: string };

/**
 * Local access tokens: real JWTs (HS256, signed with a secret made when the process starts) so
 * SDKs and our token provider can decode claims (`oid`, `name`, `exp`, `idtyp`, `roles`/`scp`)
 * exactly as they would with Entra tokens. A restart invalidates every token, like a key rollover.
 */
export class TokenService {
  private readonly secret: Buffer;

  constructor(
    private readonly now: () => Date,
    secret: Buffer = randomBytes(32),
  ) {
    this.secret = secret;
  }

  issue(persona: Persona): string {
    const profile = PERSONA_PROFILES[persona];
    const iat = Math.floor(this.now().getTime() / 1000);
    const common = {
      aud: 'https://graph.microsoft.com',
      iss: ISSUER,
      iat,
      nbf: iat,
      exp: iat + TOKEN_LIFETIME_SECONDS,
      tid: TENANT_ID,
      oid: profile.oid,
      sub: profile.oid,
      appid: APP_CLIENT_ID,
      azp: APP_CLIENT_ID,
      app_displayname: APP_DISPLAY_NAME,
      ver: '1.0',
      persona,
    };
    const claims =
      persona === 'app'
        ? { ...common, idtyp: 'app', roles: ['Sites.Selected'] }
        : {
            ...common,
            idtyp: 'user',
            name: profile.displayName,
            upn: profile.email,
            unique_name: profile.email,
            preferred_username: profile.email,
            scp: 'Sites.ReadWrite.All User.Read',
          };
    const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const payload = base64url(JSON.stringify(claims));
    return `${header}.${payload}.${this.sign(`${header}.${payload}`)}`;
  }

  /** Checks an `Authorization` header value; messages follow Graph's 401 texts. */
  verifyAuthorization(header: string | undefined): TokenCheck {
    if (header === undefined || header.trim() === '') {
      return { ok: false, message: 'Access token is empty.' };
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (match?.[1] === undefined) {
      return { ok: false, message: 'Access token is empty.' };
    }
    return this.verify(match[1]);
  }

  verify(token: string): TokenCheck {
    const parts = token.split('.');
    const [header, payload, signature] = parts;
    if (parts.length !== 3 || header === undefined || payload === undefined || !signature) {
      return { ok: false, message: 'IDX14100: JWT is not well formed, there are no dots (.).' };
    }
    const expected = Buffer.from(this.sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
      return { ok: false, message: 'Access token validation failure. Invalid signature.' };
    }
    let claims: { exp?: unknown; nbf?: unknown; persona?: unknown; iss?: unknown };
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as typeof claims;
    } catch {
      return { ok: false, message: 'Access token validation failure.' };
    }
    const nowSeconds = Math.floor(this.now().getTime() / 1000);
    if (typeof claims.exp !== 'number' || claims.exp <= nowSeconds) {
      return { ok: false, message: 'Lifetime validation failed, the token is expired.' };
    }
    if (typeof claims.nbf === 'number' && claims.nbf > nowSeconds + 300) {
      return { ok: false, message: 'Lifetime validation failed, the token is not yet valid.' };
    }
    if (claims.iss !== ISSUER || !isPersona(claims.persona)) {
      return { ok: false, message: 'Access token validation failure. Invalid issuer.' };
    }
    const persona = claims.persona;
    return {
      ok: true,
      identity: { persona, profile: PERSONA_PROFILES[persona], appOnly: persona === 'app' },
    };
  }

  private sign(input: string): string {
    return createHmac('sha256', this.secret).update(input).digest('base64url');
  }
}
