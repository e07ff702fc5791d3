import type { GraphConnection } from '../../../src/graph/connect';
import { HttpApp, startHttpApp } from '../../support/http-app';
import { countGraph } from '../../support/test-graph';

// JSON can carry a lone UTF-16 surrogate ("\ud800"); no encoder can. It is refused at the edge.
let graph: GraphConnection;
let app: HttpApp;

beforeAll(async () => {
  app = await startHttpApp();
  graph = app.graph;
});

afterAll(async () => {
  await app.close();
});

// Written by hand so the body holds the escape itself, as a client's JSON encoder sends it.
const post = (body: string) => fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
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
