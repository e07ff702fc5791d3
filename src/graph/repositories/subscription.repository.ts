import type { Neo4jExecutor } from '../executor';
import type { SubscriptionRecord } from '../records';

export class SubscriptionRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Subscriptions with these ids, in no particular order; unknown ids are absent. */
  findByIds(ids: readonly string[]): Promise<SubscriptionRecord[]> {
    return this.db.read<SubscriptionRecord>('subscription/find-subscriptions-by-ids', { ids });
  }

  /** Every subscription of these customers, ordered by subscription id within a customer. */
  findByCustomerIds(ids: readonly string[]): Promise<SubscriptionRecord[]> {
    return this.db.read<SubscriptionRecord>('subscription/find-subscriptions-by-customer-ids', { ids });
  }
}
