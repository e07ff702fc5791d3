import type { Neo4jExecutor } from '../executor';
import type { SubscriptionRecord } from '../records';

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
}
