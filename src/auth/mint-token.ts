import { SignJWT } from 'jose';
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
  claims?: { roles: string; partnerId: string; publisherId: string };
}

/** An HS256 JWT for the configured development secret, with the claim names the service reads. */
export function mintToken(request: TokenRequest): Promise<string> {
  const names = request.claims ?? { roles: 'roles', partnerId: 'partnerId', publisherId: 'publisherId' };
  const payload: Record<string, unknown> = { [names.roles]: request.roles };
  if (request.partnerId) payload[names.partnerId] = request.partnerId;
  if (request.publisherId) payload[names.publisherId] = request.publisherId;
  const now = Math.floor(Date.now() / 1000);
  let jwt = new SignJWT(payload)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(request.subject)
    .setIssuedAt(now)
    .setExpirationTime(now + (request.ttlSeconds ?? 3600));
  if (request.issuer) jwt = jwt.setIssuer(request.issuer);
  if (request.audience) jwt = jwt.setAudience(request.audience);
  return jwt.sign(request.secret);
}
