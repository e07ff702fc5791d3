import type { Neo4jExecutor } from '../executor';
import type { OfferRecord } from '../records';

export class OfferRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Offers with these ids, in no particular order; unknown ids are absent. */
  findByIds(ids: readonly string[]): Promise<OfferRecord[]> {
    return this.db.read<OfferRecord>('offer/find-offers-by-ids', { ids });
  }

  /** Every offer of these publishers, ordered by offer id within a publisher. */
  findByPublisherIds(ids: readonly string[]): Promise<OfferRecord[]> {
    return this.db.read<OfferRecord>('offer/find-offers-by-publisher-ids', { ids });
  }
}
