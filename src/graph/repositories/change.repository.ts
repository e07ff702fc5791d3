import type { Neo4jExecutor } from '../executor';
import type { ChangeRecord, Page } from '../records';
import { toChange } from '../mappers';
import { PageWindow, readPage } from './paging';

export class ChangeRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /**
   * Up to `limit` audit records of one entity and/or of one idempotency key (null: any), newest
   * first, strictly older than `afterId` when given, and their total count.
   */
  page(query: { entityId: string | null; clientMutationId: string | null }, { afterId, limit }: PageWindow): Promise<Page<ChangeRecord>> {
    return readPage(this.db, 'audit/page-changes', { ...query, afterId, limit }, toChange);
  }
}
