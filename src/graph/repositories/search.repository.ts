import type { Neo4jExecutor } from '../executor';
import { Row, toCustomer, toOffer, toPartner, toPublisher } from '../mappers';
import type { CustomerRecord, OfferRecord, PartnerRecord, PublisherRecord } from '../records';

export type SearchRow =
  | { score: number; type: 'Customer'; record: CustomerRecord }
  | { score: number; type: 'Partner'; record: PartnerRecord }
  | { score: number; type: 'Publisher'; record: PublisherRecord }
  | { score: number; type: 'Offer'; record: OfferRecord };

const MAP_BY_TYPE = { Customer: toCustomer, Partner: toPartner, Publisher: toPublisher, Offer: toOffer } as const;

export class SearchRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /**
   * Up to `limit` customers, partners, publishers and offers whose names match a Lucene query
   * (built by the caller from escaped user text), best score first, then by id.
   */
  async searchNames(query: string, limit: number): Promise<SearchRow[]> {
    const rows = await this.db.read('search/search-names', { query, limit });
    return rows.map((r) => ({ score: r.score, type: r.type, record: MAP_BY_TYPE[r.type as SearchRow['type']](r.record as Row) }) as SearchRow);
  }
}
