import { Role } from './roles';

/** Who is asking: from a verified token, or the local analyst when no authentication is configured. */
export interface Caller {
  /** The token's subject, or `local-analyst`. */
  subject: string;
  roles: Role[];
  /** The caller's partner organisation, if any. */
  partnerId: string | null;
  /** The caller's publisher organisation (an ISV), if any. */
  publisherId: string | null;
  /** True for the unauthenticated local analyst (loopback only). */
  local: boolean;
}

/**
 * Every caller when no authentication is configured (loopback only): reads everything as an
 * analyst and, as the platform operator, may write anything, so local use of the IDE, the importer
 * and the seeds needs no token.
 */
export const LOCAL_ANALYST: Caller = Object.freeze({
  subject: 'local-analyst',
  roles: [Role.ANALYST, Role.PLATFORM_OPERATOR],
  partnerId: null,
  publisherId: null,
  local: true,
});

/**
 * The service itself when it warms up (src/http/warm-up.ts): an analyst reading everything, whose
 * answers stay in the process.
 */
export const WARM_UP_CALLER: Caller = Object.freeze({
  subject: 'warm-up',
  roles: [Role.ANALYST],
  partnerId: null,
  publisherId: null,
  local: false,
});

/**
 * What a caller may see, as a Cypher parameter (`$scope`): `all` for internal analysts; otherwise
 * the partner or publisher whose data it is. A caller with neither sees nothing.
 */
export interface Scope {
  all: boolean;
  partnerId: string | null;
  publisherId: string | null;
}

/**
 * The scope of a caller. An organisation always narrows; only an organisation-less ANALYST or
 * the platform operator sees all.
 */
export function scopeOf(caller: Caller): Scope {
  if (caller.partnerId) return { all: false, partnerId: caller.partnerId, publisherId: null };
  if (caller.publisherId) return { all: false, partnerId: null, publisherId: caller.publisherId };
  return { all: caller.roles.includes(Role.ANALYST) || caller.roles.includes(Role.PLATFORM_OPERATOR), partnerId: null, publisherId: null };
}
