import { createRemoteJWKSet, errors as joseErrors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { AppConfig } from '../config';
import { Caller, ROLES, type Role, type Viewer } from './viewer';

/** Clock skew tolerated between the token issuer and this service. */
const CLOCK_TOLERANCE_SECONDS = 30;

/**
 * Verifies bearer JWTs with jose: HS256 with JWT_SECRET, or any JWS algorithm the keys at JWKS_URL
 * publish (fetched and cached by jose); issuer and audience are checked when configured. Roles come
 * from the `roles` claim (array) or `role` (string); unknown roles are ignored.
 */
export class TokenVerifier {
  private readonly secret?: Uint8Array;
  private readonly jwks?: JWTVerifyGetKey;

  constructor(private readonly auth: AppConfig['auth']) {
    if (auth.jwtSecret) this.secret = new TextEncoder().encode(auth.jwtSecret);
    if (auth.jwksUrl) this.jwks = createRemoteJWKSet(new URL(auth.jwksUrl), { cooldownDuration: 30000, timeoutDuration: 5000 });
  }

  get configured(): boolean {
    return Boolean(this.secret || this.jwks);
  }

  /** The caller behind an Authorization header value (or its absence). Never throws. */
  async caller(authorization: string | undefined): Promise<Caller> {
    if (!authorization) return Caller.anonymous(this.configured);
    const match = /^Bearer\s+([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(authorization.trim());
    if (!match) return new Caller(undefined, 'the Authorization header must be "Bearer <JWT>"', this.configured);
    if (!this.configured) return new Caller(undefined, 'this service has no JWT_SECRET or JWKS_URL configured', false);
    try {
      return new Caller(await this.verify(match[1]), undefined, true);
    } catch (error) {
      return new Caller(undefined, describeTokenError(error), true);
    }
  }

  private async verify(token: string): Promise<Viewer> {
    const options = { issuer: this.auth.issuer, audience: this.auth.audience, clockTolerance: CLOCK_TOLERANCE_SECONDS };
    let payload: JWTPayload | undefined;
    if (this.secret) {
      try {
        payload = (await jwtVerify(token, this.secret, { ...options, algorithms: ['HS256'] })).payload;
      } catch (error) {
        // With both configured, a token the secret does not verify may still be one of the JWKS keys'.
        if (!this.jwks) throw error;
      }
    }
    if (!payload && this.jwks) payload = (await jwtVerify(token, this.jwks, options)).payload;
    if (!payload) throw new Error('no key verifies it');
    if (!payload.sub) throw new Error('it has no subject (sub)');
    return { subject: payload.sub, roles: rolesOf(payload) };
  }
}

function rolesOf(payload: JWTPayload): Role[] {
  const claimed = Array.isArray(payload.roles) ? payload.roles : typeof payload.role === 'string' ? [payload.role] : [];
  return claimed.filter((role): role is Role => typeof role === 'string' && (ROLES as readonly string[]).includes(role));
}

function describeTokenError(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'it has expired';
  if (error instanceof joseErrors.JWTClaimValidationFailed) return `its ${error.claim} claim is not accepted`;
  if (error instanceof joseErrors.JWSSignatureVerificationFailed) return 'its signature does not verify';
  if (error instanceof joseErrors.JOSEAlgNotAllowed) return 'its algorithm is not accepted';
  if (error instanceof joseErrors.JWKSNoMatchingKey) return 'no key at JWKS_URL matches it';
  if (error instanceof joseErrors.JWKSTimeout || error instanceof joseErrors.JOSEError) return `it could not be verified (${error.code})`;
  return error instanceof Error ? error.message : 'it could not be verified';
}

/** A development token signed with JWT_SECRET (HS256), for `npm run token`. */
export async function mintToken(secret: string, claims: { subject: string; roles: Role[]; hours: number; issuer?: string; audience?: string }): Promise<string> {
  let token = new SignJWT({ roles: claims.roles })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuedAt()
    .setExpirationTime(`${claims.hours}h`);
  if (claims.issuer) token = token.setIssuer(claims.issuer);
  if (claims.audience) token = token.setAudience(claims.audience);
  return token.sign(new TextEncoder().encode(secret));
}
