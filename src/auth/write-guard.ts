import { ForbiddenError } from '../errors/domain-errors';
import type { Caller } from './caller';
import { Role } from './roles';

/** The organisations a write touches; it is allowed when the caller belongs to one of them. */
export interface WriteOwners {
  partnerIds?: ReadonlyArray<string | null | undefined>;
  publisherIds?: ReadonlyArray<string | null | undefined>;
}

/**
 * The platform's operator, who may write anything: an explicit role (PLATFORM_OPERATOR), never
 * the absence of an organisation. Claims validation refuses the role with an organisation; the
 * organisation check here keeps that true for callers built any other way. The local caller, when
 * no authentication is configured, is one.
 */
export function isOperator(caller: Caller): boolean {
  return caller.roles.includes(Role.PLATFORM_OPERATOR) && !caller.partnerId && !caller.publisherId;
}

/**
 * Throws FORBIDDEN unless the caller is an operator or belongs to one of `owners`: a partner
 * writes its own data, a publisher its own offers, contacts and resources. Role checks come first
 * (`@Authorized` on each mutation); this decides whose data it is.
 */
export function assertMayWrite(caller: Caller, owners: WriteOwners): void {
  if (isOperator(caller)) return;
  if (caller.partnerId && owners.partnerIds?.includes(caller.partnerId)) return;
  if (caller.publisherId && owners.publisherIds?.includes(caller.publisherId)) return;
  throw new ForbiddenError('Your organisation may not change this.');
}
