import type { Neo4jExecutor } from '../executor';
import type { Page, PublisherRecord, WithContacts } from '../records';
import { Row, toContacts, toPublisher } from '../mappers';
import { PageWindow, readPage } from './paging';

/** Filters of the publisher list; null leaves a filter out. */
export interface PublisherQuery {
  nameContains: string | null;
  isMicrosoft: boolean | null;
}

export class PublisherRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Publishers with these ids, in no particular order; unknown ids are absent. */
  async findByIds(ids: readonly string[]): Promise<PublisherRecord[]> {
    return (await this.db.read('publisher/find-publishers-by-ids', { ids })).map((r) => toPublisher(r.publisher as Row));
  }

  /** Publishers with these ids, each with its contacts; in no particular order, unknown ids absent. */
  async findWithContactsByIds(ids: readonly string[]): Promise<Array<WithContacts<PublisherRecord>>> {
    return (await this.db.read('publisher/find-publishers-with-contacts-by-ids', { ids })).map((r) => ({
      record: toPublisher(r.publisher as Row),
      contacts: toContacts(r.contacts),
    }));
  }

  /** Up to `limit` matching publishers ordered by id, after `afterId` when given, and how many match. */
  page(query: PublisherQuery, { afterId, limit }: PageWindow): Promise<Page<PublisherRecord>> {
    return readPage(this.db, 'publisher/page-publishers', { ...query, afterId, limit }, toPublisher);
  }
}
