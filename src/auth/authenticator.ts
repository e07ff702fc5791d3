import { createRemoteJWKSet, errors as joseErrors, JWTPayload, jwtVerify, JWTVerifyGetKey } from 'jose';
import { UnauthenticatedError } from '../errors/domain-errors';
import { Caller, LOCAL_ANALYST } from './caller';
import { callerFromClaims, ClaimNames, MalformedClaimsError } from './claims';

/** How tokens are verified and read; from the environment (see config.ts, docs/security.md, "Authentication"). */
export type AuthConfig =
  | { mode: 'none' }
  | {
      mode: 'jwt';
      /** HS256 shared secret, or… */
      secret?: Uint8Array;
      /** …a JWKS endpoint (an OIDC provider). Exactly one of the two is set. */
      jwksUrl?: string;
      issuer?: string;
      audience?: string;
      clockToleranceSeconds: number;
      claims: ClaimNames;
    };

export type Authenticate = (authorizationHeader: string | undefined) => Promise<Caller>;

/**
 * Builds the function that turns an `Authorization` header into a caller. With no authentication
 * configured every request is the local analyst. Otherwise a valid Bearer JWT is required
 * (signature, expiry, issuer, audience, with clock tolerance) whose claims have the documented
 * shape (src/auth/claims.ts); anything else throws UnauthenticatedError with a message that
 * reveals nothing about why.
 */
export function createAuthenticator(config: AuthConfig): Authenticate {
  if (config.mode === 'none') return async () => LOCAL_ANALYST;
  const key: Uint8Array | JWTVerifyGetKey = config.secret ?? createRemoteJWKSet(new URL(config.jwksUrl!));
  return async (header) => {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
    if (!token) throw new UnauthenticatedError();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, {
        issuer: config.issuer,
        audience: config.audience,
        clockTolerance: config.clockToleranceSeconds,
        requiredClaims: ['exp', 'sub'],
        algorithms: config.secret ? ['HS256'] : undefined,
      }));
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) throw new UnauthenticatedError();
      throw error;
    }
    try {
      return callerFromClaims(payload, config.claims, Date.now() / 1000, config.clockToleranceSeconds);
    } catch (error) {
      if (error instanceof MalformedClaimsError) throw new UnauthenticatedError();
      throw error;
    }
  };
}
