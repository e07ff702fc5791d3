import type { Neo4jExecutor } from '../executor';
import type { CustomerRecord, Page } from '../records';

export class CustomerRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Customers with these ids, in no particular order; unknown ids are absent. */
  async findByIds(ids: readonly string[]): Promise<CustomerRecord[]> {
    const rows = await this.db.read<{ customer: CustomerRecord }>('customer/find-customers-by-ids', { ids });
    return rows.map((r) => r.customer);
  }

  /** Up to `limit` customers ordered by id, strictly after `afterId` when given, and the total count. */
  async page(afterId: string | null, limit: number): Promise<Page<CustomerRecord>> {
    const [row] = await this.db.read<Page<CustomerRecord>>('customer/page-customers', { afterId, limit });
    return row;
  }
}
