import type { OfferCategory, PartnerKind } from '../../domain/enums';
import type { Neo4jExecutor } from '../executor';
import type { Page, ParentPage, SubscriptionRecord, SubscriptionsWithOffers } from '../records';
import { Row, toSubscription, toSubscriptionsWithOffers } from '../mappers';
import { PageWindow, readPage, readParentPages } from './paging';

/** Filters of the subscription list; null leaves a filter out. */
export interface SubscriptionQuery {
  customerId: string | null;
  offerId: string | null;
  publisherId: string | null;
  /** Subscriptions this partner sold or supplied. */
  servedByPartnerId: string | null;
  /** The kinds of partner of record to keep (a sales model). */
  partnerKinds: PartnerKind[] | null;
  /** The offer's category (FIRST_PARTY: Microsoft's). */
  category: OfferCategory | null;
}

export class SubscriptionRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /**
   * Subscriptions with these ids, with their parties at `at` (default: the request's moment) or,
   * once ended, those they ended with, in no particular order; unknown ids, subscriptions not yet
   * started then, and those the caller may not see, are absent.
   */
  async findByIds(ids: readonly string[], at?: Date): Promise<SubscriptionRecord[]> {
    const params = at ? { ids, at } : { ids };
    return (await this.db.read('subscription/find-subscriptions-by-ids', params)).map((r) => toSubscription(r.subscription as Row));
  }

  /**
   * The subscriptions these customers hold at the request's moment, ordered by subscription id
   * within a customer, and, once each, their offers with publishers and both their contacts
   * (those whose publisher the caller may see).
   */
  async findByCustomerIds(ids: readonly string[]): Promise<SubscriptionsWithOffers> {
    const [row] = await this.db.read('subscription/find-subscriptions-by-customer-ids', { ids });
    return toSubscriptionsWithOffers(row);
  }

  /** Up to `limit` matching subscriptions ordered by id, after `afterId` when given, and how many match. */
  page(query: SubscriptionQuery, { afterId, limit }: PageWindow): Promise<Page<SubscriptionRecord>> {
    return readPage(this.db, 'subscription/page-subscriptions', { ...query, afterId, limit }, toSubscription);
  }

  /** For each customer, one page of its subscriptions, by id. */
  pageByCustomerIds(customerIds: readonly string[], { afterId, limit }: PageWindow): Promise<Array<ParentPage<SubscriptionRecord>>> {
    return readParentPages(this.db, 'subscription/page-subscriptions-by-customer-ids', { customerIds, afterId, limit }, toSubscription);
  }

  /** For each offer, one page of the subscriptions to it, by id. */
  pageByOfferIds(offerIds: readonly string[], { afterId, limit }: PageWindow): Promise<Array<ParentPage<SubscriptionRecord>>> {
    return readParentPages(this.db, 'subscription/page-subscriptions-by-offer-ids', { offerIds, afterId, limit }, toSubscription);
  }
}
