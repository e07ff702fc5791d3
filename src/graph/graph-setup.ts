import { cypherStatements } from './cypher';
import type { Neo4jExecutor } from './executor';

/** Creates every constraint and index in cypher/schema/create-constraints.cypher (idempotent) and waits for them to come online. */
export async function applyConstraints(db: Neo4jExecutor): Promise<void> {
  for (const statement of cypherStatements('schema/create-constraints')) {
    await db.runSchemaStatement(statement);
  }
}

/** True when the graph holds no support matrix yet (a new database). */
export async function isGraphEmpty(db: Neo4jExecutor): Promise<boolean> {
  const [row] = await db.read<{ count: number }>('schema/count-support-rules');
  return row.count === 0;
}
