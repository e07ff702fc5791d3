import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../auth/roles';
import type { Context } from '../../context';
import type { OfferRecord, PublisherRecord, SupportContactRecord } from '../../graph/records';
import { SupportContact } from '../contact/support-contact.type';
import { Publisher } from '../publisher/publisher.type';
import { Offer } from './offer.type';

@Resolver(() => Offer)
export class OfferResolver {
  @Authorized(...MAY.browse)
  @Query(() => Offer, { nullable: true, description: 'An offer by id, or null.' })
  offer(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<OfferRecord | null> {
    return ctx.loaders.offer.load(id);
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
}
