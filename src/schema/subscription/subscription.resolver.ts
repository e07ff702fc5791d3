import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { salesModelOf } from '../../domain/sales-model';
import type { CustomerRecord, OfferRecord, PartnerRecord, SubscriptionRecord } from '../../graph/records';
import { Customer } from '../customer/customer.type';
import { SalesModel } from '../enums';
import { Offer } from '../offer/offer.type';
import { Partner } from '../partner/partner.type';
import { Subscription } from './subscription.type';

@Resolver(() => Subscription)
export class SubscriptionResolver {
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
    return s.indirectProviderId ? ctx.loaders.partner.load(s.indirectProviderId) : Promise.resolve(null);
  }
}
