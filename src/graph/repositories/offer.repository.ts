import type { OfferCategory, OfferType } from '../../domain/enums';
import type { Neo4jExecutor } from '../executor';
import type { OfferRecord, OfferWithPublisher, Page, ParentPage, ResourceRecord } from '../records';
import { Row, toOffer, toOfferWithPublisher, toResource } from '../mappers';
import { PageWindow, readPage, readParentPages } from './paging';

/** Filters of the offer list; null leaves a filter out. */
export interface OfferQuery {
  nameContains: string | null;
  publisherId: string | null;
  /** The offer's category (FIRST_PARTY: Microsoft's). */
  category: OfferCategory | null;
  offerType: OfferType | null;
}

export class OfferRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Offers with these ids, in no particular order; unknown ids are absent. */
  async findByIds(ids: readonly string[]): Promise<OfferRecord[]> {
    return (await this.db.read('offer/find-offers-by-ids', { ids })).map((r) => toOffer(r.offer as Row));
  }

  /** Offers with these ids, each with its publisher and both their contacts; in no particular order, unknown ids absent. */
  async findWithPublishersByIds(ids: readonly string[]): Promise<OfferWithPublisher[]> {
    return (await this.db.read('offer/find-offers-with-publishers-by-ids', { ids })).map((r) => toOfferWithPublisher(r as Row));
  }

  /** Every offer of these publishers, ordered by offer id within a publisher. */
  async findByPublisherIds(ids: readonly string[]): Promise<OfferRecord[]> {
    return (await this.db.read('offer/find-offers-by-publisher-ids', { ids })).map((r) => toOffer(r.offer as Row));
  }

  /** The resources of these offers, ordered by kind then id within an offer. */
  async findResourcesByOfferIds(ids: readonly string[]): Promise<ResourceRecord[]> {
    return (await this.db.read('offer/find-resources-by-offer-ids', { ids })).map((r) => toResource(r.resource as Row));
  }

  /** Up to `limit` matching offers ordered by id, after `afterId` when given, and how many match. */
  page(query: OfferQuery, { afterId, limit }: PageWindow): Promise<Page<OfferRecord>> {
    return readPage(this.db, 'offer/page-offers', { ...query, afterId, limit }, toOffer);
  }

  /** For each publisher, one page of its offers, by id. */
  pageByPublisherIds(publisherIds: readonly string[], { afterId, limit }: PageWindow): Promise<Array<ParentPage<OfferRecord>>> {
    return readParentPages(this.db, 'offer/page-offers-by-publisher-ids', { publisherIds, afterId, limit }, toOffer);
  }
}
