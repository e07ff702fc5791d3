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
 * A TCP proxy between the service and Neo4j that lets every other COMMIT reach Neo4j and then
 * cuts the connection instead of passing Neo4j's answer back: the client cannot tell whether the
 * write was committed (it was, when Neo4j answered). Each write carries an idempotency key and is
 * retried until it answers; afterwards every key's entity exists exactly once, with exactly one
 * audit record. Cutting on the COMMIT itself, not on a clock, makes each run exercise the
 * ambiguous commit however slow the machine is, and leaves every other commit through, so the
 * run always progresses.
 */
const P = testIdPrefix();
const KEYS = 20;
const MAX_ATTEMPTS = 20;
const UPSERT = 'mutation ($input: CustomerInput!) { upsertCustomer(input: $input) { id } }';
/** A Bolt COMMIT message as the driver sends it: one chunk of 2 bytes (an empty struct, signature 0x12), then the end marker. */
const BOLT_COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);

let graph: TestGraph;
let proxy: net.Server;
let driver: Driver;
let apollo: ApolloServer<Context>;
const sockets = new Set<net.Socket>();
let commitsSeen = 0;
let commitsCut = 0;

beforeAll(async () => {
  graph = await openTestGraph();
  const target = new URL(process.env.TEST_NEO4J_URI!);
  proxy = net.createServer((client) => {
    const upstream = net.connect(Number(target.port), target.hostname);
    let cutOnNextAnswer = false;
    const cut = () => {
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('error', cut);
      socket.on('close', () => {
        sockets.delete(socket);
        cut();
      });
    }
    client.on('data', (chunk: Buffer) => {
      if (chunk.includes(BOLT_COMMIT)) {
        commitsSeen += 1;
        if (commitsSeen % 2 === 1) cutOnNextAnswer = true;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (!cutOnNextAnswer) {
        client.write(chunk);
        return;
      }
      commitsCut += 1;
      cut();
    });
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

test('connections cut after Neo4j answers a COMMIT: every keyed write exists exactly once, with one audit record', async () => {
  const outcomes = await Promise.all(Array.from({ length: KEYS }, (_, key) => upsertUntilAnswered(key)));
  // Commits were cut after Neo4j had them, so the ambiguous case really happened.
  expect(commitsCut).toBeGreaterThan(0);
  const failures = outcomes.flatMap((o) => o.codes);
  console.log(`cut-connections: ${commitsSeen} commits, ${commitsCut} cut before their answer, ${failures.length} failed attempts ${JSON.stringify(failures)}, ${KEYS} keys`);
  // What a client sees of a cut is SERVICE_UNAVAILABLE (to retry), never another code.
  expect(failures.filter((code) => code !== 'SERVICE_UNAVAILABLE')).toEqual([]);

  for (let key = 0; key < KEYS; key += 1) {
    const res = await graph.execute(
      `query ($id: ID!, $key: String) { customer(id: $id) { name } byKey: changes(clientMutationId: $key, first: 10) { totalCount } byEntity: changes(entityId: $id, first: 10) { totalCount } }`,
      { id: `${P}cust-${key}`, key: `${P}key-${key}` },
    );
    expect([key, res.data]).toEqual([key, { customer: { name: `Cut ${key}` }, byKey: { totalCount: 1 }, byEntity: { totalCount: 1 } }]);
  }
}, 240_000);
