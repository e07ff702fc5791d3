import type { AddressInfo } from 'node:net';
import { createApp, App } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { connectGraph, GraphConnection } from '../../../src/graph/connect';
import { testNeo4jEnv } from '../../support/test-neo4j';

let graph: GraphConnection;
let app: App;
let url: string;

beforeAll(async () => {
  const config = loadConfig({ ...testNeo4jEnv(), MAX_BODY_BYTES: '4096' });
  graph = await connectGraph(config.neo4j, { seedWhenEmpty: false, log: () => {} });
  app = await createApp(config, graph, { info: () => {}, error: () => {} });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await app.apollo.stop();
  await graph.close();
});

const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${url}/graphql`, { method: 'POST', headers, body });

test('POST /graphql answers a support path over HTTP', async () => {
  const res = await post(
    JSON.stringify({
      query: '{ supportPath(customerId: "cust-bluey", offerId: "off-lamna-records", issueType: OUTAGE) { steps { role party { id } } } }',
    }),
  );
  expect(res.status).toBe(200);
  // Support paths and contacts are per caller: no cache may keep them, or revalidate them.
  expect(res.headers.get('cache-control')).toBe('no-store');
  expect(res.headers.get('etag')).toBeNull();
  expect(((await res.json()) as any).data).toEqual({
    supportPath: {
      steps: [
        { role: 'PARTNER_OF_RECORD', party: { id: 'ptr-coho' } },
        { role: 'INDIRECT_PROVIDER', party: { id: 'ptr-adatum' } },
        { role: 'PUBLISHER', party: { id: 'pub-lamna' } },
      ],
    },
  });
});

test('a domain error keeps its code over HTTP and carries no stack trace', async () => {
  const res = await post(JSON.stringify({ query: '{ supportPath(customerId: "x", offerId: "y", issueType: BILLING) { issueType } }' }));
  const body: any = await res.json();
  expect(body.errors[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'customerId', requestId: res.headers.get('x-request-id') });
  expect(res.headers.get('cache-control')).toBe('no-store');
});

test('a body over the limit is refused with 413 and a JSON error', async () => {
  const res = await post(JSON.stringify({ query: `{ customers { totalCount } }`, padding: 'x'.repeat(5000) }));
  expect(res.status).toBe(413);
  expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
});

test('a simple cross-site request (text/plain) is refused by CSRF prevention', async () => {
  const res = await post(JSON.stringify({ query: '{ customers { totalCount } }' }), { 'content-type': 'text/plain' });
  expect(res.status).toBe(400);
});

test('CORS allows no foreign origin unless configured', async () => {
  const res = await fetch(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
  });
  expect(res.headers.get('access-control-allow-origin')).toBeNull();
});

test('/healthz (liveness) and /readyz (readiness) both answer 200 while Neo4j does', async () => {
  const live = await fetch(`${url}/healthz`);
  expect(live.status).toBe(200);
  expect(await live.json()).toEqual({ status: 'ok' });
  const ready = await fetch(`${url}/readyz`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: 'ready' });
});
