import type { Scope } from '../../auth/caller';
import type { Neo4jExecutor } from '../executor';
import type { PartnerRecord } from '../records';

export class PartnerRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Partners with these ids visible in `scope`, in no particular order; others are absent. */
  async findByIds(ids: readonly string[], scope: Scope): Promise<PartnerRecord[]> {
    const rows = await this.db.read<{ partner: PartnerRecord }>('partner/find-partners-by-ids', { ids, scope });
    return rows.map((r) => r.partner);
  }
}
