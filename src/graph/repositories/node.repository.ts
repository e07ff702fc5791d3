import type { Neo4jExecutor } from '../executor';
import type { GraphTypeName } from '../records';

export class NodeRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** The GraphQL type of the node each id names, in no particular order; unknown ids are absent. */
  findTypesByIds(ids: readonly string[]): Promise<Array<{ id: string; type: GraphTypeName }>> {
    return this.db.read('unscoped/node/find-node-types-by-ids', { ids });
  }
}
