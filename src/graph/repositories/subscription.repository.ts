import type { Scope } from '../../auth/caller';
import type { Neo4jExecutor } from '../executor';
import type { SubscriptionRecord } from '../records';

export class SubscriptionRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Subscriptions with these ids visible in `scope`, in no particular order; others are absent. */
  findByIds(ids: readonly string[], scope: Scope): Promise<SubscriptionRecord[]> {
    return this.db.read<SubscriptionRecord>('subscription/find-subscriptions-by-ids', { ids, scope });
  }

  /** The subscriptions of these customers visible in `scope`, ordered by id within a customer. */
  findByCustomerIds(ids: readonly string[], scope: Scope): Promise<SubscriptionRecord[]> {
    return this.db.read<SubscriptionRecord>('subscription/find-subscriptions-by-customer-ids', { ids, scope });
  }
}
