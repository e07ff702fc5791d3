import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../auth/roles';
import type { Context } from '../../context';
import { salesModelOf } from '../../domain/sales-model';
import type { CustomerRecord, OfferRecord, PartnerRecord, SubscriptionRecord } from '../../graph/records';
import { Connection, PageArgs } from '../common/connection';
import { Customer } from '../customer/customer.type';
import { SalesModel } from '../enums';
import { Offer } from '../offer/offer.type';
import { Partner } from '../partner/partner.type';
import { SubscriptionFilter } from './subscription-filter.input';
import { Subscription, SubscriptionConnection } from './subscription.type';

const partnerOrNull = (ctx: Context, id: string | null): Promise<PartnerRecord | null> =>
  id ? ctx.loaders.partner.load(id) : Promise.resolve(null);

@Resolver(() => Subscription)
export class SubscriptionResolver {
  @Authorized(...MAY.browse)
  @Query(() => Subscription, { nullable: true, description: 'A subscription by id, or null.' })
  subscription(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<SubscriptionRecord | null> {
    return ctx.loaders.subscription.load(id);
  }

  @Authorized(...MAY.browse)
  @Query(() => SubscriptionConnection, { description: 'The subscriptions matching a filter (all without one), ordered by id.' })
  subscriptions(
    @Arg('filter', () => SubscriptionFilter, { nullable: true }) filter: SubscriptionFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<SubscriptionRecord>> {
    return ctx.services.subscriptions.page(page, filter ?? {});
  }

  @FieldResolver(() => Customer)
  async customer(@Root() s: SubscriptionRecord, @Ctx() ctx: Context): Promise<CustomerRecord> {
    return (await ctx.loaders.customer.load(s.customerId))!;
  }

  @FieldResolver(() => Offer)
  async offer(@Root() s: SubscriptionRecord, @Ctx() ctx: Context): Promise<OfferRecord> {
    return (await ctx.loaders.offer.load(s.offerId))!;
  }

  @FieldResolver(() => SalesModel)
  salesModel(@Root() s: SubscriptionRecord): SalesModel {
    return salesModelOf(s.partnerKind);
  }

  @FieldResolver(() => Partner, { description: 'The direct partner or indirect reseller that sold the subscription.' })
  async partnerOfRecord(@Root() s: SubscriptionRecord, @Ctx() ctx: Context): Promise<PartnerRecord> {
    return (await ctx.loaders.partner.load(s.partnerOfRecordId))!;
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'The indirect provider the reseller bought through; null for a direct sale.' })
  indirectProvider(@Root() s: SubscriptionRecord, @Ctx() ctx: Context): Promise<PartnerRecord | null> {
    return partnerOrNull(ctx, s.indirectProviderId);
  }

  @FieldResolver(() => Partner, {
    nullable: true,
    description:
      "Partner Center's designated support contact: a reseller buying through the same provider that takes the customer's questions first in place of the reseller of record; null when none is set.",
  })
  designatedSupport(@Root() s: SubscriptionRecord, @Ctx() ctx: Context): Promise<PartnerRecord | null> {
    return partnerOrNull(ctx, s.designatedSupportId);
  }
}
