import type { Neo4jExecutor } from '../executor';
import type { CustomerRecord, OfferRecord, PartnerRecord, PublisherRecord } from '../records';

export type SearchRow =
  | { score: number; type: 'Customer'; record: CustomerRecord }
  | { score: number; type: 'Partner'; record: PartnerRecord }
  | { score: number; type: 'Publisher'; record: PublisherRecord }
  | { score: number; type: 'Offer'; record: OfferRecord };

export class SearchRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /**
   * Up to `limit` customers, partners, publishers and offers whose names match a Lucene query
   * (built by the caller from escaped user text), best score first, then by id.
   */
  searchNames(query: string, limit: number): Promise<SearchRow[]> {
    return this.db.read<SearchRow>('search/search-names', { query, limit });
  }
}
