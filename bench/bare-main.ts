import { Neo4jExecutor } from '../src/graph/executor';
import { openBaselineDriver, serveBaseline } from './baseline-server';
import { runMain } from './process-main';
import { SCENARIOS } from './scenarios';

/**
 * Baseline (b): a bare node:http handler running the hand-written Cypher of each scenario in one
 * read transaction: POST /<scenario> with the draw as JSON body, answers the records as JSON.
 * What HTTP alone costs on top of the driver.
 */
async function main(): Promise<void> {
  const driver = await openBaselineDriver();
  const db = new Neo4jExecutor(driver);
  const byName = new Map(SCENARIOS.map((s) => [s.name, s]));
  let statements = 0;
  await serveBaseline(
    driver,
    (name, draw) => {
      const scenario = byName.get(name);
      if (!scenario) return undefined;
      return db.readTx(async (tx) => {
        const records: unknown[] = [];
        const collecting = { run: async (statement: string, params?: Record<string, unknown>) => {
          const result = await tx.run(statement, params);
          records.push(...result.records.map((r) => r.toObject()));
          return result;
        } };
        // Not `statements += await …`: that reads the counter before the await and loses concurrent updates.
        const ran = await scenario.baseline(collecting as typeof tx, draw, new Date().toISOString());
        statements += ran;
        return { data: records };
      });
    },
    () => ({ statements }),
  );
}

runMain(main);
