import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../auth/roles';
import type { Context } from '../../context';
import type { OfferRecord, PublisherRecord, SupportContactRecord } from '../../graph/records';
import { SupportContact } from '../contact/support-contact.type';
import { Offer } from '../offer/offer.type';
import { Publisher } from './publisher.type';

@Resolver(() => Publisher)
export class PublisherResolver {
  @Authorized(...MAY.browse)
  @Query(() => Publisher, { nullable: true, description: 'A publisher by id, or null.' })
  publisher(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PublisherRecord | null> {
    return ctx.loaders.publisher.load(id);
  }

  @FieldResolver(() => [Offer], { description: "The publisher's offers, ordered by id." })
  offers(@Root() publisher: PublisherRecord, @Ctx() ctx: Context): Promise<OfferRecord[]> {
    return ctx.loaders.offersByPublisher.load(publisher.id);
  }

  @FieldResolver(() => [SupportContact], { description: "The publisher's organisation-wide contacts." })
  contacts(@Root() publisher: PublisherRecord, @Ctx() ctx: Context): Promise<SupportContactRecord[]> {
    return ctx.loaders.contactsByOwner.load(publisher.id);
  }
}
