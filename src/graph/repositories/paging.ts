import type { Neo4jExecutor, Params } from '../executor';
import type { Page } from '../records';

/** Where a keyset page starts and how many rows it takes (callers ask one more than they show). */
export interface PageWindow {
  /** The sort key to start strictly after; null for the first page. */
  afterId: string | null;
  limit: number;
}

/** Runs a page statement that returns one row `{ nodes, totalCount }`. */
export async function readPage<T>(db: Neo4jExecutor, statement: string, params: Params): Promise<Page<T>> {
  const [row] = await db.read<Page<T>>(statement, params);
  return row;
}
