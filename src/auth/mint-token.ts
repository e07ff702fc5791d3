import { SignJWT } from 'jose';
import { callerFromClaims, ClaimNames, DEFAULT_CLAIM_NAMES } from './claims';
import type { Role } from './roles';

export interface TokenRequest {
  secret: Uint8Array;
  subject: string;
  roles: Role[];
  partnerId?: string;
  publisherId?: string;
  issuer?: string;
  audience?: string;
  /** Lifetime in seconds (default one hour); negative mints an already expired token. */
  ttlSeconds?: number;
  claims?: ClaimNames;
}

/**
 * An HS256 JWT for the configured development secret, with the claim names the service reads.
 * Unless `unchecked`, throws MalformedClaimsError for claims the service would refuse (a partner
 * role without a partner, PLATFORM_OPERATOR with an organisation…), so a minted token works.
 */
export function mintToken(request: TokenRequest & { unchecked?: boolean }): Promise<string> {
  const names = request.claims ?? DEFAULT_CLAIM_NAMES;
  const payload: Record<string, unknown> = { [names.roles]: request.roles };
  if (request.partnerId !== undefined) payload[names.partnerId] = request.partnerId;
  if (request.publisherId !== undefined) payload[names.publisherId] = request.publisherId;
  const now = Math.floor(Date.now() / 1000);
  if (!request.unchecked) callerFromClaims({ ...payload, sub: request.subject, iat: now }, names, now);
  let jwt = new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject)
    .setIssuedAt(now)
    .setExpirationTime(now + (request.ttlSeconds ?? 3600));
  if (request.issuer) jwt = jwt.setIssuer(request.issuer);
  if (request.audience) jwt = jwt.setAudience(request.audience);
  return jwt.sign(request.secret);
}
