import type { Scope } from '../../auth/caller';
import type { Neo4jExecutor } from '../executor';
import type { OfferRecord } from '../records';

export class OfferRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Offers with these ids visible in `scope`, in no particular order; others are absent. */
  findByIds(ids: readonly string[], scope: Scope): Promise<OfferRecord[]> {
    return this.db.read<OfferRecord>('offer/find-offers-by-ids', { ids, scope });
  }

  /** The offers of these publishers visible in `scope`, ordered by offer id within a publisher. */
  findByPublisherIds(ids: readonly string[], scope: Scope): Promise<OfferRecord[]> {
    return this.db.read<OfferRecord>('offer/find-offers-by-publisher-ids', { ids, scope });
  }
}
