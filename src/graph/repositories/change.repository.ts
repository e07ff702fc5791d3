import type { Neo4jExecutor } from '../executor';
import type { ChangeRecord, Page } from '../records';
import type { PageWindow } from './paging';
import { isoFromMillis } from './subscription.repository';

type StoredChange = Omit<ChangeRecord, 'at' | 'before' | 'after'> & { at: number; before: string | null; after: string | null };

const parse = (json: string | null) => (json === null ? null : (JSON.parse(json) as Record<string, unknown>));

export class ChangeRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Up to `limit` audit records of one entity, newest first, strictly older than `afterId` when given, and their total count. */
  async pageByEntity(entityId: string, { afterId, limit }: PageWindow): Promise<Page<ChangeRecord>> {
    const [row] = await this.db.read<Page<StoredChange>>('audit/page-changes', { entityId, afterId, limit });
    return {
      totalCount: row.totalCount,
      nodes: row.nodes.map((c) => ({ ...c, at: isoFromMillis(c.at), before: parse(c.before), after: parse(c.after) })),
    };
  }
}
