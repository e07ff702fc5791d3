import http from 'node:http';
import type { Driver } from 'neo4j-driver';
import { openDriver } from '../src/graph/driver';
import { Neo4jExecutor } from '../src/graph/executor';
import { SCENARIOS } from './scenarios';

/** The driver of a baseline process: the store NEO4J_URI names, with the bench's credentials (its authentication is on). */
export function openBaselineDriver(): Promise<Driver> {
  return openDriver(process.env.NEO4J_URI!, { user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' });
}

/** The hand-written Cypher of each scenario, as a baseline process answers it, and how many statements it has run. */
export interface ScenarioAnswers {
  /** The records of scenario `name`'s statements for `draw`, in one read transaction; undefined for an unknown scenario. */
  answer(name: string, draw: Record<string, unknown>): Promise<unknown[]> | undefined;
  statements(): number;
}

export function scenarioAnswers(driver: Driver): ScenarioAnswers {
  const db = new Neo4jExecutor(driver);
  const byName = new Map(SCENARIOS.map((s) => [s.name, s]));
  let statements = 0;
  return {
    answer(name, draw) {
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
        return records;
      });
    },
    statements: () => statements,
  };
}

/** What a baseline's `/stats` answers: `fields`, and its resident memory in MB. */
export function withMemory(fields: Record<string, unknown>): Record<string, unknown> {
  return { ...fields, rssMb: process.memoryUsage().rss / 2 ** 20 };
}

/**
 * Serves a baseline on 127.0.0.1:$PORT with a bare node:http handler: `GET /stats` answers
 * `stats()` with the process's memory, any other request `answer(path, body)` (its JSON body
 * parsed) as JSON — 404 when it answers undefined, 500 with the error's text when it fails.
 */
export async function serveBaseline(
  driver: Driver,
  answer: (path: string, body: any) => Promise<unknown> | undefined,
  stats: () => Record<string, unknown>,
): Promise<void> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '').slice(1);
      if (path === 'stats') {
        res.end(JSON.stringify(withMemory(stats())));
        return;
      }
      const answered = answer(path, JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
      if (!answered) {
        res.statusCode = 404;
        res.end('{}');
        return;
      }
      answered.then(
        (body) => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify(body));
        },
        (error: unknown) => {
          res.statusCode = 500;
          res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
        },
      );
    });
  });
  await listenBaseline(driver, server);
}

/** Listens on 127.0.0.1:$PORT (keep-alive as the load's clients expect), prints `ready`, and closes the driver and exits on SIGTERM. */
export async function listenBaseline(driver: Driver, server: http.Server): Promise<void> {
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT), '127.0.0.1', resolve));
  process.stdout.write('ready\n');
  process.on('SIGTERM', () => void driver.close().then(() => process.exit(0)));
}
