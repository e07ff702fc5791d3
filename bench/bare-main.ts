import http from 'node:http';
import { openDriver } from '../src/graph/driver';
import { Neo4jExecutor } from '../src/graph/executor';
import { SCENARIOS } from './scenarios';

/**
 * Baseline (b): a bare node:http handler running the hand-written Cypher of each scenario in one
 * read transaction: POST /<scenario> with the draw as JSON body, answers the records as JSON.
 * What HTTP alone costs on top of the driver.
 */
async function main(): Promise<void> {
  // The embedded Neo4j has authentication on: the bench passes its credentials.
  const driver = await openDriver(process.env.NEO4J_URI!, { user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' });
  const db = new Neo4jExecutor(driver);
  const byName = new Map(SCENARIOS.map((s) => [s.name, s]));
  let statements = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const name = (req.url ?? '').slice(1);
      if (name === 'stats') {
        res.end(JSON.stringify({ statements, rssMb: process.memoryUsage().rss / 2 ** 20 }));
        return;
      }
      const scenario = byName.get(name);
      if (!scenario) {
        res.statusCode = 404;
        res.end('{}');
        return;
      }
      const draw = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      db.readTx(async (tx) => {
        const records: unknown[] = [];
        const collecting = { run: async (statement: string, params?: Record<string, unknown>) => {
          const result = await tx.run(statement, params);
          records.push(...result.records.map((r) => r.toObject()));
          return result;
        } };
        // Not `statements += await …`: that reads the counter before the await and loses concurrent updates.
        const ran = await scenario.baseline(collecting as typeof tx, draw, new Date().toISOString());
        statements += ran;
        return records;
      }).then(
        (records) => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify({ data: records }));
        },
        (error: unknown) => {
          res.statusCode = 500;
          res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
        },
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT), '127.0.0.1', resolve));
  process.stdout.write('ready\n');
  process.on('SIGTERM', () => void driver.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
