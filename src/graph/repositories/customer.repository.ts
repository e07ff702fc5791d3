import type { Neo4jExecutor } from '../executor';
import { Row, toCustomer, toPage, toSubscriptionsWithOffers } from '../mappers';
import type { CustomerRecord, Page, ParentPage, SubscriptionsWithOffers } from '../records';
import { PageWindow, readPage, readParentPages } from './paging';

/** Filters of the customer list; null leaves a filter out. */
export interface CustomerQuery {
  nameContains: string | null;
  /** Customers with a subscription this partner sold or supplied. */
  servedByPartnerId: string | null;
  /** Customers with a subscription to an offer of this publisher. */
  publisherId: string | null;
}

export class CustomerRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Customers with these ids, in no particular order; unknown ids are absent. */
  async findByIds(ids: readonly string[]): Promise<CustomerRecord[]> {
    return (await this.db.read('customer/find-customers-by-ids', { ids })).map((r) => toCustomer(r.customer as Row));
  }

  /** Up to `limit` matching customers ordered by id, after `afterId` when given, and how many match. */
  page(query: CustomerQuery, { afterId, limit }: PageWindow): Promise<Page<CustomerRecord>> {
    return readPage(this.db, 'customer/page-customers', { ...query, afterId, limit }, toCustomer);
  }

  /**
   * The page `page` reads, and in the same statement the subscriptions its customers hold at the
   * request's moment with their offers, as SubscriptionRepository.findByCustomerIds reads them:
   * the browse customers → subscriptions → offer → publisher → contacts in one round trip.
   */
  async pageWithSubscriptions(query: CustomerQuery, { afterId, limit }: PageWindow): Promise<{ page: Page<CustomerRecord>; held: SubscriptionsWithOffers }> {
    const [row] = await this.db.read('customer/page-customers-with-subscriptions', { ...query, afterId, limit });
    return { page: toPage(row, toCustomer), held: toSubscriptionsWithOffers(row) };
  }

  /** For each partner, one page of the customers it serves (sold or supplied a subscription), by id. */
  pageByPartnerIds(partnerIds: readonly string[], { afterId, limit }: PageWindow): Promise<Array<ParentPage<CustomerRecord>>> {
    return readParentPages(this.db, 'customer/page-customers-by-partner-ids', { partnerIds, afterId, limit }, toCustomer);
  }
}
