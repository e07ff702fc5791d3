import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { MAY } from '../../auth/roles';
import type { Context } from '../../context';
import type { OfferRecord, PublisherRecord, SupportContactRecord } from '../../graph/records';
import { Connection, PageArgs } from '../common/connection';
import { SupportContact } from '../contact/support-contact.type';
import { Offer, OfferConnection } from '../offer/offer.type';
import { PublisherFilter } from './publisher-filter.input';
import { Publisher, PublisherConnection } from './publisher.type';

@Resolver(() => Publisher)
export class PublisherResolver {
  @Authorized(...MAY.browse)
  @Query(() => Publisher, { nullable: true, description: 'A publisher by id, or null.' })
  publisher(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PublisherRecord | null> {
    return ctx.loaders.publisher.load(id);
  }

  @Authorized(...MAY.browse)
  @Query(() => PublisherConnection, { description: 'The publishers matching a filter (all without one), ordered by id.' })
  publishers(
    @Arg('filter', () => PublisherFilter, { nullable: true }) filter: PublisherFilter | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<PublisherRecord>> {
    return ctx.services.publishers.page(page, filter ?? {});
  }

  @FieldResolver(() => [Offer], { description: "The publisher's offers, ordered by id." })
  offers(@Root() publisher: PublisherRecord, @Ctx() ctx: Context): Promise<OfferRecord[]> {
    return ctx.loaders.offersByPublisher.load(publisher.id);
  }

  @FieldResolver(() => OfferConnection, { description: "The publisher's offers as a connection, ordered by id." })
  offersConnection(@Root() publisher: PublisherRecord, @Args() page: PageArgs, @Ctx() ctx: Context): Promise<Connection<OfferRecord>> {
    return ctx.services.publishers.offers(publisher.id, page);
  }

  @FieldResolver(() => [SupportContact], { description: "The publisher's organisation-wide contacts." })
  contacts(@Root() publisher: PublisherRecord, @Ctx() ctx: Context): Promise<SupportContactRecord[]> {
    return ctx.loaders.contactsByOwner.load(publisher.id);
  }
}
