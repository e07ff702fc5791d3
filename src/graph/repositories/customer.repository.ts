import type { Scope } from '../../auth/caller';
import type { Neo4jExecutor } from '../executor';
import type { CustomerRecord, Page } from '../records';

export class CustomerRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Customers with these ids visible in `scope`, in no particular order; others are absent. */
  async findByIds(ids: readonly string[], scope: Scope): Promise<CustomerRecord[]> {
    const rows = await this.db.read<{ customer: CustomerRecord }>('customer/find-customers-by-ids', { ids, scope });
    return rows.map((r) => r.customer);
  }

  /** Up to `limit` customers visible in `scope`, ordered by id, strictly after `afterId` when given, and their total count. */
  async page(afterId: string | null, limit: number, scope: Scope): Promise<Page<CustomerRecord>> {
    const [row] = await this.db.read<Page<CustomerRecord>>('customer/page-customers', { afterId, limit, scope });
    return row;
  }
}
