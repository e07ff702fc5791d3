import type { AddressInfo } from 'node:net';
import { App, createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { connectGraph, GraphConnection } from '../../src/graph/connect';
import { testNeo4jEnv } from './test-neo4j';

/** The whole service (HTTP, authentication, Apollo) over the test run's Neo4j, on a free loopback port. */
export interface HttpApp {
  url: string;
  port: number;
  graph: GraphConnection;
  /** What the masked-error logger received. */
  loggedErrors: Array<Record<string, unknown>>;
  /** POSTs a GraphQL request with these headers (content-type JSON added). */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

/** Starts the service configured by `env` (NEO4J_URI is the test run's database). */
export async function startHttpApp(env: Record<string, string> = {}): Promise<HttpApp> {
  const config = loadConfig({ ...testNeo4jEnv(), ...env });
  const graph = await connectGraph(config.neo4j, { seedWhenEmpty: false, log: () => {} });
  const loggedErrors: Array<Record<string, unknown>> = [];
  const app: App = await createApp(config, graph, { info: () => {}, error: (message, details) => loggedErrors.push({ message, ...details }) });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const port = (app.httpServer.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    port,
    graph,
    loggedErrors,
    async post(body, headers = {}) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    async close() {
      await app.apollo.stop();
      await graph.close();
    },
  };
}
