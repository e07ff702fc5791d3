import type { Repositories } from '../../graph/repositories';
import type { OfferRecord, PublisherRecord } from '../../graph/records';
import type { Loaders } from '../../loaders/create-loaders';
import type { Connection, PageArgs } from '../common/connection';
import type { Pager } from '../common/pager';
import type { PublisherFilter } from './publisher-filter.input';

export class PublisherService {
  constructor(
    private readonly repos: Repositories,
    private readonly loaders: Loaders,
    private readonly pager: Pager,
  ) {}

  /** A page of the publishers matching `filter` (all when empty), ordered by id. */
  page(args: PageArgs, filter: PublisherFilter = {}): Promise<Connection<PublisherRecord>> {
    const query = { nameContains: filter.nameContains ?? null, isMicrosoft: filter.isMicrosoft ?? null };
    return this.pager.list('Query.publishers', args, (window) => this.repos.publishers.page(query, window));
  }

  /** A page of one publisher's offers, ordered by id (batched across publishers). */
  offers(publisherId: string, args: PageArgs): Promise<Connection<OfferRecord>> {
    return this.pager.children('Publisher.offersConnection', this.loaders.offersPageByPublisher, publisherId, args);
  }
}
