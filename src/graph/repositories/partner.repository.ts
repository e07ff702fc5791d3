import type { Neo4jExecutor } from '../executor';
import type { PartnerRecord } from '../records';

export class PartnerRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Partners with these ids, in no particular order; unknown ids are absent. */
  async findByIds(ids: readonly string[]): Promise<PartnerRecord[]> {
    const rows = await this.db.read<{ partner: PartnerRecord }>('partner/find-partners-by-ids', { ids });
    return rows.map((r) => r.partner);
  }
}
