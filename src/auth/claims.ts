import type { Caller } from './caller';
import { isRole, PARTNER_ROLES, Role } from './roles';

/** The claim names the service reads (configurable: AUTH_ROLES_CLAIM, AUTH_PARTNER_CLAIM, AUTH_PUBLISHER_CLAIM). */
export interface ClaimNames {
  roles: string;
  partnerId: string;
  publisherId: string;
}

export const DEFAULT_CLAIM_NAMES: ClaimNames = { roles: 'roles', partnerId: 'partnerId', publisherId: 'publisherId' };

/** What an organisation id looks like: the ids the graph holds (`ptr-coho`, `pub-litware`). */
const ORGANISATION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** A claim set the service refuses; `reason` is for logs and tests, never sent to the caller. */
export class MalformedClaimsError extends Error {}

/**
 * Turns verified claims into a caller, failing closed: every claim the service reads must have
 * the documented type and shape, or MalformedClaimsError is thrown (the authenticator answers 401).
 * - `sub`: a non-empty string.
 * - `iat`, when present: a number not later than now + `toleranceSeconds`.
 * - roles: a list of strings or one space/comma-separated string, holding at least one known role
 *   (unknown role names are ignored: an identity provider may add its own).
 * - `partnerId` / `publisherId`: absent, or an id (`[A-Za-z0-9][A-Za-z0-9._:-]*`, no spaces); never
 *   both, never null, a number, a list or an empty string.
 * - roles match the organisation: partner roles need a partnerId, PUBLISHER_ADMIN a publisherId,
 *   PLATFORM_OPERATOR no organisation at all; ANALYST goes with either (an organisation narrows it).
 */
export function callerFromClaims(payload: Record<string, unknown>, names: ClaimNames = DEFAULT_CLAIM_NAMES, nowSeconds = Date.now() / 1000, toleranceSeconds = 0): Caller {
  const sub = payload.sub;
  if (typeof sub !== 'string' || !sub.trim()) throw new MalformedClaimsError('sub must be a non-empty string');
  if (payload.iat !== undefined) {
    if (typeof payload.iat !== 'number' || !Number.isFinite(payload.iat)) throw new MalformedClaimsError('iat must be a number');
    if (payload.iat > nowSeconds + toleranceSeconds) throw new MalformedClaimsError('iat is in the future');
  }
  const roles = readRoles(payload[names.roles]);
  const partnerId = readOrganisation(payload, names.partnerId);
  const publisherId = readOrganisation(payload, names.publisherId);
  if (partnerId && publisherId) throw new MalformedClaimsError('a caller belongs to one organisation');
  for (const role of roles) {
    if (PARTNER_ROLES.includes(role) && !partnerId) throw new MalformedClaimsError(`${role} needs ${names.partnerId}`);
    if (role === Role.PUBLISHER_ADMIN && !publisherId) throw new MalformedClaimsError(`${role} needs ${names.publisherId}`);
    if (role === Role.PLATFORM_OPERATOR && (partnerId || publisherId)) throw new MalformedClaimsError(`${role} has no organisation`);
  }
  return { subject: sub, roles, partnerId, publisherId, local: false };
}

function readRoles(raw: unknown): Role[] {
  let names: unknown[];
  if (typeof raw === 'string') names = raw.split(/[\s,]+/).filter(Boolean);
  else if (Array.isArray(raw)) names = raw;
  else throw new MalformedClaimsError('roles must be a string or a list of strings');
  if (!names.every((name) => typeof name === 'string')) throw new MalformedClaimsError('roles must be strings');
  const roles = [...new Set(names.filter(isRole))];
  if (roles.length === 0) throw new MalformedClaimsError('no known role');
  return roles;
}

function readOrganisation(payload: Record<string, unknown>, name: string): string | null {
  if (!(name in payload) || payload[name] === undefined) return null;
  const value = payload[name];
  if (typeof value !== 'string' || !ORGANISATION_ID.test(value)) throw new MalformedClaimsError(`${name} must be an organisation id`);
  return value;
}
