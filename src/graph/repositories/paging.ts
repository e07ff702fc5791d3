import type { Neo4jExecutor, Params } from '../executor';
import { Row, toPage, toParentPage } from '../mappers';
import type { Page, ParentPage } from '../records';

/** Where a keyset page starts and how many rows it takes (callers ask one more than they show). */
export interface PageWindow {
  /** The sort key to start strictly after; null for the first page. */
  afterId: string | null;
  limit: number;
}

/** Runs a page statement that returns one row `{ nodes, totalCount }`, each node mapped by `map`. */
export async function readPage<T>(db: Neo4jExecutor, statement: string, params: Params, map: (row: Row) => T): Promise<Page<T>> {
  const [row] = await db.read(statement, params);
  return toPage(row, map);
}

/** Runs a statement that returns one `{ parentId, nodes, totalCount }` row per parent, each node mapped by `map`. */
export async function readParentPages<T>(db: Neo4jExecutor, statement: string, params: Params, map: (row: Row) => T): Promise<Array<ParentPage<T>>> {
  return (await db.read(statement, params)).map((row) => toParentPage(row, map));
}
