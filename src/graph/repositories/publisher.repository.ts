import type { Scope } from '../../auth/caller';
import type { Neo4jExecutor } from '../executor';
import type { PublisherRecord } from '../records';

export class PublisherRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Publishers with these ids visible in `scope`, in no particular order; others are absent. */
  async findByIds(ids: readonly string[], scope: Scope): Promise<PublisherRecord[]> {
    const rows = await this.db.read<{ publisher: PublisherRecord }>('publisher/find-publishers-by-ids', { ids, scope });
    return rows.map((r) => r.publisher);
  }
}
