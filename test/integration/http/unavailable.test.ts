import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { App, createApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { GraphConnection, readinessProbe } from '../../../src/graph/connect';
import { freePort } from '../../../src/graph/embedded-neo4j';
import { Neo4jExecutor } from '../../../src/graph/executor';

// The service over a database that is not there: a real driver pointed at a loopback port nothing
// listens on (what the service sees while its Neo4j is down or being restarted).
let app: App;
let graph: GraphConnection;
let url: string;

beforeAll(async () => {
  const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${await freePort()}` });
  const settings = config.neo4j.driver;
  const driver = neo4j.driver(config.neo4j.kind === 'remote' ? config.neo4j.uri : '', neo4j.auth.basic('neo4j', 'unused'), {
    maxConnectionPoolSize: settings.maxPoolSize,
    connectionAcquisitionTimeout: settings.acquisitionTimeoutMs,
    connectionTimeout: settings.connectionTimeoutMs,
    maxTransactionRetryTime: settings.maxRetryTimeMs,
  });
  graph = { driver, executor: new Neo4jExecutor(driver), uri: 'down', embedded: false, isReady: readinessProbe(driver), close: () => driver.close() };
  app = await createApp(config, graph, { info: () => {}, error: () => {} });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app.apollo.stop();
  await graph.close();
});

const QUERY = JSON.stringify({ query: '{ customer(id: "cust-contoso") { name } }' });

test('/healthz is liveness: 200 while the process answers, even with the database down', async () => {
  const res = await fetch(`${url}/healthz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok' });
});

test('/readyz is readiness: 503 with Retry-After while the database does not answer', async () => {
  const res = await fetch(`${url}/readyz`);
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('5');
  expect(await res.json()).toEqual({ status: 'unavailable' });
});

test('a request while the database is down is SERVICE_UNAVAILABLE with Retry-After (200 for application/json)', async () => {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
  expect(res.status).toBe(200);
  expect(res.headers.get('retry-after')).toBe('5');
  const body: any = await res.json();
  expect(body.errors.map((e: any) => e.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
});

test('a GraphQL-over-HTTP client (application/graphql-response+json) gets HTTP 503', async () => {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: QUERY,
  });
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('5');
  expect(((await res.json()) as any).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
});
