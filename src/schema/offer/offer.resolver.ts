import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../auth/roles';
import type { Context } from '../../context';
import type { OfferRecord, PublisherRecord, ResourceRecord, SubscriptionRecord, SupportContactRecord } from '../../graph/records';
import { Connection, PageArgs } from '../common/connection';
import { SupportContact } from '../contact/support-contact.type';
import { Publisher } from '../publisher/publisher.type';
import { SubscriptionConnection } from '../subscription/subscription.type';
import { OfferFilter } from './offer-filter.input';
import { Offer, OfferConnection } from './offer.type';
import { Resource } from './resource.type';

@Resolver(() => Offer)
export class OfferResolver {
  @Authorized(...MAY.browse)
  @Query(() => Offer, { nullable: true, description: 'An offer by id, or null.' })
  offer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<OfferRecord | null> {
    return ctx.loaders.offer.load(id);
  }

  @Authorized(...MAY.browse)
  @Query(() => OfferConnection, { description: 'The offers matching a filter (all without one), ordered by id.' })
  offers(
    @Arg('filter', () => OfferFilter, { nullable: true }) filter: OfferFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<OfferRecord>> {
    return ctx.services.offers.page(page, filter ?? {});
  }

  @FieldResolver(() => Publisher)
  async publisher(@Root() offer: OfferRecord, @Ctx() ctx: Context): Promise<PublisherRecord> {
    return (await ctx.loaders.publisher.load(offer.publisherId))!;
  }

  @FieldResolver(() => [SupportContact], {
    description: "The ISV's contacts for this offer, as its details page lists them: the offer's own, completed by the publisher's for kinds the offer lacks.",
  })
  contacts(@Root() offer: OfferRecord, @Ctx() ctx: Context): Promise<SupportContactRecord[]> {
    return ctx.services.contacts.ofOffer(offer.id, offer.publisherId);
  }

  @FieldResolver(() => [Resource], { description: 'What the ISV gives partners for this offer, ordered by kind then id.' })
  resources(@Root() offer: OfferRecord, @Ctx() ctx: Context): Promise<ResourceRecord[]> {
    return ctx.loaders.resourcesByOffer.load(offer.id);
  }

  @FieldResolver(() => SubscriptionConnection, { description: 'The subscriptions to this offer, ordered by id.' })
  subscriptions(@Root() offer: OfferRecord, @Args() page: PageArgs, @Ctx() ctx: Context): Promise<Connection<SubscriptionRecord>> {
    return ctx.services.offers.subscriptions(offer.id, page);
  }
}
