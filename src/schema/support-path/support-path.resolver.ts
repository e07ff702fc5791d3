import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { MAY } from '../../auth/roles';
import type { Context } from '../../context';
import { SupportPathArgs } from './support-path.args';
import type { SupportPathResult } from '../../domain/support-path';
import { SupportPath } from './support-path.type';

@Resolver(() => SupportPath)
export class SupportPathResolver {
  @Authorized(...MAY.readSupport)
  @Query(() => SupportPath, {
    description:
      'Who supports this customer, for this issue type, on this offer: the ordered steps with each party, its duty, contacts and the reason. NOT_FOUND for an unknown customer or offer or a customer without that offer; BAD_USER_INPUT (with extensions.candidateSubscriptionIds) when several subscriptions match and subscriptionId is not given. Roles: GLOBAL_ADMIN, ADMIN_AGENT, ANALYST.',
  })
  supportPath(@Args() args: SupportPathArgs, @Ctx() ctx: Context): Promise<SupportPathResult> {
    return ctx.services.supportPath.find(args);
  }
}
