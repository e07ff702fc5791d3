import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../auth/roles';
import type { Context } from '../../context';
import { SupportPathArgs } from './support-path.args';
import { resourcesOfStep, SupportPathResult, SupportStepResult } from '../../domain/support-path';
import type { ResourceRecord } from '../../graph/records';
import { Resource } from '../offer/resource.type';
import { SupportPath, SupportStep } from './support-path.type';

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

@Resolver(() => SupportStep)
export class SupportStepResolver {
  @FieldResolver(() => [Resource], {
    description: 'What the ISV gives partners for this step (documentation, training, outage notifications), as the matrix names it.',
  })
  async resources(@Root() step: SupportStepResult, @Ctx() ctx: Context): Promise<ResourceRecord[]> {
    return step.resourceKinds.length ? resourcesOfStep(step, await ctx.loaders.resourcesByOffer.load(step.offerId)) : [];
  }
}
