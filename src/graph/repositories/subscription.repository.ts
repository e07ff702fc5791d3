import type { PartnerKind } from '../../domain/enums';
import type { Neo4jExecutor } from '../executor';
import type { Page, ParentPage, SubscriptionRecord } from '../records';
import { PageWindow, readPage } from './paging';

/** Filters of the subscription list; null leaves a filter out. */
export interface SubscriptionQuery {
  customerId: string | null;
  offerId: string | null;
  publisherId: string | null;
  /** Subscriptions this partner sold or supplied. */
  servedByPartnerId: string | null;
  /** The kinds of partner of record to keep (a sales model). */
  partnerKinds: PartnerKind[] | null;
  /** True: offers Microsoft publishes; false: ISV offers. */
  isMicrosoft: boolean | null;
}

type StoredSubscription = Omit<SubscriptionRecord, 'startedAt' | 'endedAt'> & { startedAt: number; endedAt: number | null };

/** Epoch milliseconds (how Cypher returns instants here) as an ISO-8601 string. */
export const isoFromMillis = (ms: number): string => new Date(ms).toISOString();

const toRecord = (s: StoredSubscription): SubscriptionRecord => ({
  ...s,
  startedAt: isoFromMillis(s.startedAt),
  endedAt: s.endedAt === null ? null : isoFromMillis(s.endedAt),
});

export class SubscriptionRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Subscriptions with these ids, with their current parties (or those they ended with), in no particular order; unknown ids are absent. */
  async findByIds(ids: readonly string[]): Promise<SubscriptionRecord[]> {
    return (await this.db.read<StoredSubscription>('subscription/find-subscriptions-by-ids', { ids })).map(toRecord);
  }

  /** The subscriptions these customers hold at `at` (default: now), ordered by subscription id within a customer. */
  async findByCustomerIds(ids: readonly string[], at: string = new Date().toISOString()): Promise<SubscriptionRecord[]> {
    return (await this.db.read<StoredSubscription>('subscription/find-subscriptions-by-customer-ids', { ids, at })).map(toRecord);
  }

  /** Up to `limit` matching subscriptions ordered by id, after `afterId` when given, and how many match. */
  page(query: SubscriptionQuery, { afterId, limit }: PageWindow): Promise<Page<SubscriptionRecord>> {
    return readPage(this.db, 'subscription/page-subscriptions', { ...query, afterId, limit });
  }

  /** For each customer, one page of its subscriptions, by id. */
  pageByCustomerIds(customerIds: readonly string[], { afterId, limit }: PageWindow): Promise<Array<ParentPage<SubscriptionRecord>>> {
    return this.db.read('subscription/page-subscriptions-by-customer-ids', { customerIds, afterId, limit });
  }

  /** For each offer, one page of the subscriptions to it, by id. */
  pageByOfferIds(offerIds: readonly string[], { afterId, limit }: PageWindow): Promise<Array<ParentPage<SubscriptionRecord>>> {
    return this.db.read('subscription/page-subscriptions-by-offer-ids', { offerIds, afterId, limit });
  }
}
