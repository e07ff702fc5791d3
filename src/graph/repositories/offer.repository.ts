import type { Neo4jExecutor } from '../executor';
import type { OfferRecord, Page, ParentPage } from '../records';
import { PageWindow, readPage } from './paging';

/** Filters of the offer list; null leaves a filter out. */
export interface OfferQuery {
  nameContains: string | null;
  publisherId: string | null;
  /** True: Microsoft's first-party offers; false: ISV offers. */
  isMicrosoft: boolean | null;
}

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

  /** Up to `limit` matching offers ordered by id, after `afterId` when given, and how many match. */
  page(query: OfferQuery, { afterId, limit }: PageWindow): Promise<Page<OfferRecord>> {
    return readPage(this.db, 'offer/page-offers', { ...query, afterId, limit });
  }

  /** For each publisher, one page of its offers, by id. */
  pageByPublisherIds(publisherIds: readonly string[], { afterId, limit }: PageWindow): Promise<Array<ParentPage<OfferRecord>>> {
    return this.db.read('offer/page-offers-by-publisher-ids', { publisherIds, afterId, limit });
  }
}
