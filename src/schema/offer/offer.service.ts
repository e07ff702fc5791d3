import type { Repositories } from '../../graph/repositories';
import type { OfferRecord, SubscriptionRecord } from '../../graph/records';
import type { Loaders } from '../../loaders/create-loaders';
import type { Connection, PageArgs } from '../common/connection';
import type { Pager } from '../common/pager';
import type { OfferFilter } from './offer-filter.input';

export class OfferService {
  constructor(
    private readonly repos: Repositories,
    private readonly loaders: Loaders,
    private readonly pager: Pager,
  ) {}

  /** A page of the offers matching `filter` (all when empty), ordered by id. */
  page(args: PageArgs, filter: OfferFilter = {}): Promise<Connection<OfferRecord>> {
    const query = {
      nameContains: filter.nameContains ?? null,
      publisherId: filter.publisherId ?? null,
      category: filter.category ?? null,
      offerType: filter.offerType ?? null,
    };
    return this.pager.list('Query.offers', args, (window) => this.repos.offers.page(query, window));
  }

  /** A page of the subscriptions to one offer, ordered by id (batched across offers). */
  subscriptions(offerId: string, args: PageArgs): Promise<Connection<SubscriptionRecord>> {
    return this.pager.children('Offer.subscriptions', this.loaders.subscriptionsPageByOffer, offerId, args);
  }
}
