import type { AddressInfo } from 'node:net';
import { App, createApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { connectGraph, GraphConnection } from '../../../src/graph/connect';
import { countGraph } from '../../support/test-graph';
import { testNeo4jEnv } from '../../support/test-neo4j';

// JSON can carry a lone UTF-16 surrogate ("\ud800"); no encoder can. It is refused at the edge.
let graph: GraphConnection;
let app: App;
let url: string;

beforeAll(async () => {
  const config = loadConfig(testNeo4jEnv());
  graph = await connectGraph(config.neo4j, { seedWhenEmpty: false, log: () => {} });
  app = await createApp(config, graph, { info: () => {}, error: () => {} });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app.apollo.stop();
  await graph.close();
});

// Written by hand so the body holds the escape itself, as a client's JSON encoder sends it.
const post = (body: string) => fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
const CONTACT = 'mutation ($input: SupportContactInput!) { upsertSupportContact(input: $input) { id } }';

test('a lone surrogate in a mutation input (upsertSupportContact email) is BAD_USER_INPUT naming the field, and writes nothing', async () => {
  const before = await countGraph(graph.executor);
  const res = await post(
    `{"query": ${JSON.stringify(CONTACT)}, "variables": {"input": {"id": "t-surrogate-desk", "ownerId": "ptr-fabrikam", "kind": "SUPPORT_DESK", "email": "\\ud800"}}}`,
  );
  expect(res.status).toBe(400);
  const body: any = await res.json();
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.email', requestId: expect.any(String) });
  expect(await countGraph(graph.executor)).toEqual(before);
});

test.each([
  ['a query argument', '{"query": "query ($id: ID!) { customer(id: $id) { name } }", "variables": {"id": "cust-\\udfff"}}', 'id'],
  ['a search text', '{"query": "query ($q: String!) { search(text: $q) { __typename } }", "variables": {"q": "a\\ud83d"}}', 'q'],
])('a lone surrogate in %s is BAD_USER_INPUT', async (_what, body, field) => {
  const res = await post(body);
  expect(res.status).toBe(400);
  expect(((await res.json()) as any).errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field, requestId: expect.any(String) });
});

test('a lone surrogate written in the document itself is a parse error, not an internal one', async () => {
  const res = await post(`{"query": "{ customer(id: \\"\\\\ud800\\") { name } }"}`);
  expect(res.status).toBe(400);
  expect(((await res.json()) as any).errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
});

test('a surrogate pair (an emoji) is ordinary text', async () => {
  const res = await post('{"query": "query ($id: ID!) { customer(id: $id) { name } }", "variables": {"id": "cust-\\ud83d\\ude00"}}');
  expect(res.status).toBe(200);
  expect(((await res.json()) as any).data).toEqual({ customer: null });
});
