import type { AuthCheckerFn } from 'type-graphql';
import type { Context } from '../context';
import { ForbiddenError } from '../errors/domain-errors';
import type { Role } from './roles';

/**
 * type-graphql's check for `@Authorized(...roles)`: passes when the caller holds one of the
 * roles, and throws FORBIDDEN otherwise (never type-graphql's own error codes).
 */
export const authChecker: AuthCheckerFn<Context, Role> = ({ context }, roles) => {
  if (roles.length === 0 || roles.some((role) => context.caller.roles.includes(role))) return true;
  throw new ForbiddenError();
};
