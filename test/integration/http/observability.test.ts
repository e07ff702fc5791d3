import { mintToken } from '../../../src/auth/mint-token';
import { Role } from '../../../src/auth/roles';
import { postGraphQL, RunningApp, startApp } from '../../support/running-app';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PATH_QUERY = `query ObservedSupportPath($customerId: ID!) {
  supportPath(customerId: $customerId, offerId: "off-litware-siem", issueType: BILLING) { steps { party { id } } }
}`;

describe('without authentication', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({ MAX_BODY_BYTES: '4096' });
  });
  afterAll(() => running.stop());

  test('every response carries an X-Request-Id; a well-formed one from the caller is kept, anything else replaced', async () => {
    const fresh = await fetch(`${running.url}/healthz`);
    expect(fresh.headers.get('x-request-id')).toMatch(UUID);
    const given = await fetch(`${running.url}/healthz`, { headers: { 'x-request-id': 'trace-0123.abc' } });
    expect(given.headers.get('x-request-id')).toBe('trace-0123.abc');
    const refused = await fetch(`${running.url}/healthz`, { headers: { 'x-request-id': 'spaces and <tags>' } });
    expect(refused.headers.get('x-request-id')).toMatch(UUID);
  });

  test("every error's extensions carry the request id of its response: a domain error, a validation error, a body over the limit", async () => {
    const notFound = await postGraphQL(running.url, { query: PATH_QUERY, variables: { customerId: 'cust-nobody' } });
    expect(notFound.body.errors[0].extensions).toEqual({ code: 'NOT_FOUND', field: 'customerId', requestId: notFound.res.headers.get('x-request-id') });

    const invalid = await postGraphQL(running.url, { query: '{ customer(id: "x") { nope } }' });
    expect(invalid.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(invalid.body.errors[0].extensions.requestId).toBe(invalid.res.headers.get('x-request-id'));

    const tooLarge = await postGraphQL(running.url, { query: '{ customers { totalCount } }', padding: 'x'.repeat(5000) });
    expect(tooLarge.res.status).toBe(413);
    expect(tooLarge.body.errors[0].extensions).toEqual({ code: 'BAD_REQUEST', requestId: tooLarge.res.headers.get('x-request-id') });
  });

  test('one JSON log line per request: its id, operation name, caller id, outcome, status and duration', async () => {
    const { res, body } = await postGraphQL(running.url, { query: PATH_QUERY, variables: { customerId: 'cust-wideworld' } });
    expect(body.data.supportPath.steps).toHaveLength(3);
    const id = res.headers.get('x-request-id');
    const line = await running.waitForLine((l) => l.message === 'request' && l.requestId === id);
    expect(line).toEqual({
      level: 'info',
      time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      requestId: id,
      method: 'POST',
      path: '/graphql',
      status: 200,
      durationMs: expect.any(Number),
      operation: 'ObservedSupportPath',
      outcome: 'ok',
      callerId: 'local-analyst',
      message: 'request',
    });
    expect(running.logLines().filter((l) => l.requestId === id)).toHaveLength(1);
  });

  test('a failed request is logged with its outcome; every line written is JSON', async () => {
    const { res } = await postGraphQL(running.url, { query: PATH_QUERY, variables: { customerId: 'cust-nobody' }, operationName: 'ObservedSupportPath' });
    const line = await running.waitForLine((l) => l.requestId === res.headers.get('x-request-id'));
    expect(line).toMatchObject({ status: 200, operation: 'ObservedSupportPath', outcome: 'NOT_FOUND' });
    // logLines() parses each line: one that is not JSON throws here.
    expect(running.logLines().length).toBeGreaterThan(0);
  });

  test('/metrics: requests by operation and outcome, request durations, Neo4j statement durations, process metrics', async () => {
    await postGraphQL(running.url, { query: PATH_QUERY, variables: { customerId: 'cust-wideworld' } });
    await postGraphQL(running.url, { query: PATH_QUERY, variables: { customerId: 'cust-nobody' } });
    await postGraphQL(running.url, { query: '{ customers(first: 1) { totalCount } }' });
    const res = await fetch(`${running.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    const value = (series: string) => Number(new RegExp(`^${series.replace(/[{}()[\].+*?^$|\\]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);

    expect(value('graphql_requests_total{operation="ObservedSupportPath",outcome="ok"}')).toBeGreaterThanOrEqual(1);
    expect(value('graphql_requests_total{operation="ObservedSupportPath",outcome="NOT_FOUND"}')).toBeGreaterThanOrEqual(1);
    expect(value('graphql_requests_total{operation="anonymous",outcome="ok"}')).toBeGreaterThanOrEqual(1);
    expect(value('graphql_request_duration_seconds_count{operation="ObservedSupportPath"}')).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/^graphql_request_duration_seconds_bucket\{le="0\.1",operation="ObservedSupportPath"\} \d+$/m);
    expect(value('http_request_duration_seconds_count{method="POST",route="/graphql",status_code="200"}')).toBeGreaterThanOrEqual(3);
    expect(text).toMatch(/^neo4j_statement_duration_seconds_count\{statement="support-path\/[a-z-]+",mode="READ",outcome="ok"\} [1-9]\d*$/m);
    expect(text).toMatch(/^neo4j_statement_duration_seconds_bucket\{le="0\.01",statement="customer\/[a-z-]+",mode="READ",outcome="ok"\} \d+$/m);
    expect(text).toMatch(/^process_cpu_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d/m);
  });

  test('a scrape is logged at debug, so the default level (info) leaves it out', async () => {
    const res = await fetch(`${running.url}/metrics`);
    const line = await running.waitForLine((l) => l.requestId === res.headers.get('x-request-id'));
    expect(line).toMatchObject({ level: 'debug', path: '/metrics', status: 200 });
  });

  test('readiness probes and every static file (style sheets too) are logged at debug, under their own route labels', async () => {
    const probe = await fetch(`${running.url}/readyz`);
    const style = await fetch(`${running.url}/styles/explorer.css`);
    const script = await fetch(`${running.url}/explorer/app.js`);
    expect([probe.status, style.status, script.status]).toEqual([200, 200, 200]);
    for (const [res, path] of [[probe, '/readyz'], [style, '/styles/explorer.css'], [script, '/explorer/app.js']] as const) {
      const line = await running.waitForLine((l) => l.requestId === res.headers.get('x-request-id'));
      expect(line).toMatchObject({ level: 'debug', path, status: 200 });
    }
    const metrics = await (await fetch(`${running.url}/metrics`)).text();
    expect(metrics).toMatch(/^http_request_duration_seconds_count\{method="GET",route="\/readyz",status_code="200"\} [1-9]/m);
    expect(metrics).not.toMatch(/route="other"/);
  });

  test("/metrics: the Neo4j driver's pool, connections in use (none once every answer is sent) out of its maximum", async () => {
    await postGraphQL(running.url, { query: PATH_QUERY, variables: { customerId: 'cust-wideworld' } });
    // The request's read transaction closes as its response goes out: scrape until that has happened.
    let text = '';
    for (let scrape = 0; scrape < 50; scrape++) {
      text = await (await fetch(`${running.url}/metrics`)).text();
      if (/^neo4j_pool_connections_in_use 0$/m.test(text)) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(text).toMatch(/^# TYPE neo4j_pool_connections_in_use gauge$/m);
    expect(text).toMatch(/^neo4j_pool_connections_in_use 0$/m);
    expect(text).toMatch(/^neo4j_pool_connections_max 100$/m);
  });
});

describe('with authentication', () => {
  const SECRET = 'observability-secret-observability-secret-0123';
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp({ AUTH_JWT_SECRET: SECRET });
  });
  afterAll(() => running.stop());

  test('a refused caller: 401 with the request id in extensions, a warn line without caller, the token never logged; metrics count it', async () => {
    const badToken = 'not.a.valid-token-0123456789';
    // A refused request's document is never parsed: its name is the one the body gives, if any.
    const { res, body } = await postGraphQL(
      running.url,
      { query: PATH_QUERY, variables: { customerId: 'cust-wideworld' }, operationName: 'ObservedSupportPath' },
      { authorization: `Bearer ${badToken}` },
    );
    expect(res.status).toBe(401);
    expect(body.errors[0].extensions).toEqual({ code: 'UNAUTHENTICATED', requestId: res.headers.get('x-request-id') });
    const line = await running.waitForLine((l) => l.requestId === res.headers.get('x-request-id'));
    expect(line).toMatchObject({ level: 'warn', status: 401, operation: 'ObservedSupportPath', outcome: 'UNAUTHENTICATED' });
    expect(line.callerId).toBeUndefined();
    expect(running.rawLog()).not.toContain(badToken);

    const metrics = await (await fetch(`${running.url}/metrics`)).text();
    expect(metrics).toMatch(/^graphql_requests_total\{operation="ObservedSupportPath",outcome="UNAUTHENTICATED"\} [1-9]/m);
  });

  test("an authenticated caller's line names its subject, never its token", async () => {
    const token = await mintToken({ secret: new TextEncoder().encode(SECRET), subject: 'analyst-7', roles: [Role.ANALYST] });
    const { res, body } = await postGraphQL(running.url, { query: PATH_QUERY, variables: { customerId: 'cust-wideworld' } }, { authorization: `Bearer ${token}` });
    expect(body.errors).toBeUndefined();
    const line = await running.waitForLine((l) => l.requestId === res.headers.get('x-request-id'));
    expect(line).toMatchObject({ status: 200, callerId: 'analyst-7', outcome: 'ok' });
    expect(running.rawLog()).not.toContain(token);
    expect(running.rawLog()).not.toContain(token.split('.')[2]);
  });
});

test('METRICS_ENABLED=false: no /metrics', async () => {
  const running = await startApp({ METRICS_ENABLED: 'false' });
  try {
    expect((await fetch(`${running.url}/metrics`)).status).toBe(404);
  } finally {
    await running.stop();
  }
});
