import { OfferCategory } from '../../domain/enums';
import type { Repositories } from '../../graph/repositories';
import type { OfferRecord, SubscriptionRecord } from '../../graph/records';
import type { Loaders } from '../../loaders/create-loaders';
import type { Connection, PageArgs } from '../common/connection';
import type { Pager } from '../common/pager';
import type { OfferFilter } from './offer-filter.input';

/** The `isMicrosoft` value of the publishers of a category's offers; null for no category. */
export function isMicrosoftFor(category: OfferCategory | null | undefined): boolean | null {
  return category ? category === OfferCategory.FIRST_PARTY : null;
}

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
      isMicrosoft: isMicrosoftFor(filter.category),
    };
    return this.pager.list('Query.offers', args, (window) => this.repos.offers.page(query, window));
  }

  /** A page of the subscriptions to one offer, ordered by id (batched across offers). */
  subscriptions(offerId: string, args: PageArgs): Promise<Connection<SubscriptionRecord>> {
    return this.pager.children('Offer.subscriptions', this.loaders.subscriptionsPageByOffer, offerId, args);
  }
}
