import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../auth/roles';
import type { Context } from '../../context';
import type { CustomerRecord, SubscriptionRecord } from '../../graph/records';
import { Connection, PageArgs } from '../common/connection';
import { Subscription } from '../subscription/subscription.type';
import { Customer, CustomerConnection } from './customer.type';

@Resolver(() => Customer)
export class CustomerResolver {
  @Authorized(...MAY.browse)
  @Query(() => Customer, { nullable: true, description: 'A customer by id, or null.' })
  customer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CustomerRecord | null> {
    return ctx.loaders.customer.load(id);
  }

  @Authorized(...MAY.browse)
  @Query(() => CustomerConnection, { description: 'All customers, ordered by id.' })
  customers(@Args() page: PageArgs, @Ctx() ctx: Context): Promise<Connection<CustomerRecord>> {
    return ctx.services.customers.page(page);
  }

  @FieldResolver(() => [Subscription], { description: "The customer's subscriptions, ordered by id." })
  subscriptions(@Root() customer: CustomerRecord, @Ctx() ctx: Context): Promise<SubscriptionRecord[]> {
    return ctx.loaders.subscriptionsByCustomer.load(customer.id);
  }
}
