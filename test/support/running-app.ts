import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { App, createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { connectGraph, GraphConnection } from '../../src/graph/connect';
import { createLogger } from '../../src/logger';
import { testNeo4jEnv } from './test-neo4j';

/** The service's HTTP app on a free loopback port, over the test run's Neo4j, with its log captured. */
export interface RunningApp {
  url: string;
  app: App;
  /** The app's connection to the test run's Neo4j (its executor, to observe the statements it runs). */
  graph: GraphConnection;
  /** Every line logged so far, parsed (a line that is not JSON fails the parse, as it should). */
  logLines(): Array<Record<string, any>>;
  /** Everything logged so far, as written. */
  rawLog(): string;
  /** Resolves to the first log line matching `predicate`, waiting for it to be written (request lines follow the response). */
  waitForLine(predicate: (line: Record<string, any>) => boolean): Promise<Record<string, any>>;
  stop(): Promise<void>;
}

/** Starts the app configured by `env` (NEO4J_URI is the test database) at log level debug. */
export async function startApp(env: Record<string, string> = {}): Promise<RunningApp> {
  const config = loadConfig({ ...testNeo4jEnv(), ...env });
  const graph: GraphConnection = await connectGraph(config.neo4j, { seedWhenEmpty: false, log: () => {} });
  let raw = '';
  const stream: DestinationStream = { write: (chunk: string) => void (raw += chunk) };
  const app = await createApp(config, graph, createLogger({ level: 'debug', stream }));
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  const logLines = () =>
    raw
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, any>);
  return {
    url,
    app,
    graph,
    logLines,
    rawLog: () => raw,
    async waitForLine(predicate) {
      for (let tries = 0; tries < 500; tries++) {
        const found = logLines().find(predicate);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error(`no log line matched; logged:\n${raw}`);
    },
    async stop() {
      await app.apollo.stop();
      await graph.close();
    },
  };
}

/** POSTs one GraphQL operation as JSON. */
export async function postGraphQL(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { res, body: (await res.json()) as any };
}
