import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../auth/roles';
import type { Context } from '../../context';
import type { CustomerRecord, SubscriptionRecord } from '../../graph/records';
import { Connection, PageArgs } from '../common/connection';
import { selects } from '../common/selection';
import { ContactAudience, IssueType } from '../enums';
import { Subscription, SubscriptionConnection } from '../subscription/subscription.type';
import type { SupportPathResult } from '../../domain/support-path';
import { SupportPath } from '../support-path/support-path.type';
import { CustomerFilter } from './customer-filter.input';
import { Customer, CustomerConnection } from './customer.type';

/**
 * A customer page whose query asks for what its customers' subscriptions answer (the list, or the
 * support overview built on it) reads them with the page.
 */
const asksForSubscriptions = (info: GraphQLResolveInfo) => selects(info, ['edges', 'node', 'subscriptions'], ['edges', 'node', 'supportOverview']);

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized(...MAY.browse)
  @Query(() => Customer, { nullable: true, description: 'A customer by id, or null.' })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CustomerRecord | null> {
    return ctx.loaders.customer.load(id);
  }

  @Authorized(...MAY.browse)
  @Query(() => CustomerConnection, { description: 'All customers, ordered by id.' })
  customers(@Args() page: PageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Connection<CustomerRecord>> {
    return ctx.services.customers.page(page, {}, asksForSubscriptions(info));
  }

  @Authorized(...MAY.browse)
  @Query(() => CustomerConnection, {
    description: 'The customers matching a filter, ordered by id (`customers` keeps the contract signature, so filters live here).',
  })
  customersMatching(
    @Arg('filter', () => CustomerFilter) filter: CustomerFilter,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<CustomerRecord>> {
    return ctx.services.customers.page(page, filter, asksForSubscriptions(info));
  }

  @FieldResolver(() => [Subscription], { description: "The customer's subscriptions, ordered by id." })
  subscriptions(@Root() customer: CustomerRecord, @Ctx() ctx: Context): Promise<SubscriptionRecord[]> {
    return ctx.loaders.subscriptionsByCustomer.load(customer.id);
  }

  @FieldResolver(() => SubscriptionConnection, { description: "The customer's subscriptions as a connection, ordered by id." })
  subscriptionsConnection(@Root() customer: CustomerRecord, @Args() page: PageArgs, @Ctx() ctx: Context): Promise<Connection<SubscriptionRecord>> {
    return ctx.services.customers.subscriptions(customer.id, page);
  }

  @Authorized(...MAY.readSupport)
  @FieldResolver(() => [SupportPath], {
    description: "The support path of each of the customer's subscriptions for one issue type, ordered by subscription id.",
  })
  supportOverview(
    @Root() customer: CustomerRecord,
    @Arg('issueType', () => IssueType) issueType: IssueType,
    @Arg('audience', () => ContactAudience, {
      nullable: true,
      defaultValue: ContactAudience.PARTNERS,
      description: 'Whose view: the contacts a partner agent may use (PARTNERS) or those the customer may (CUSTOMERS).',
    })
    audience: ContactAudience | null,
    @Ctx() ctx: Context,
  ): Promise<SupportPathResult[]> {
    return ctx.services.supportPath.overview(customer.id, issueType, audience ?? ContactAudience.PARTNERS);
  }
}
