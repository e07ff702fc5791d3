import type { Neo4jExecutor } from '../executor';
import type { PublisherRecord } from '../records';

export class PublisherRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Publishers with these ids, in no particular order; unknown ids are absent. */
  async findByIds(ids: readonly string[]): Promise<PublisherRecord[]> {
    const rows = await this.db.read<{ publisher: PublisherRecord }>('publisher/find-publishers-by-ids', { ids });
    return rows.map((r) => r.publisher);
  }
}
