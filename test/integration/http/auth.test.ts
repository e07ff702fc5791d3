import type { AddressInfo } from 'node:net';
import { App, createApp } from '../../../src/app';
import { mintToken, TokenRequest } from '../../../src/auth/mint-token';
import { Role } from '../../../src/auth/roles';
import { loadConfig } from '../../../src/config';
import { connectGraph, GraphConnection } from '../../../src/graph/connect';
import { testNeo4jEnv } from '../../support/test-neo4j';

const SECRET = 'test-secret-test-secret-test-secret-0123456789';
const env = {
  ...testNeo4jEnv(),
  AUTH_JWT_SECRET: SECRET,
  AUTH_ISSUER: 'https://issuer.test',
  AUTH_AUDIENCE: 'csp-support-graph',
};

let graph: GraphConnection;
let app: App;
let url: string;

beforeAll(async () => {
  const config = loadConfig(env);
  graph = await connectGraph(config.neo4j, { seedWhenEmpty: false, log: () => {} });
  app = await createApp(config, graph, { info: () => {}, error: () => {} });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  await app.apollo.stop();
  await graph.close();
});

const token = (overrides: Partial<TokenRequest> & { unchecked?: boolean } = {}) =>
  mintToken({
    secret: new TextEncoder().encode(SECRET),
    subject: 'user-1',
    roles: [Role.ADMIN_AGENT],
    partnerId: 'ptr-tailspin',
    issuer: env.AUTH_ISSUER,
    audience: env.AUTH_AUDIENCE,
    ...overrides,
  });

async function ask(query: string, bearer?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as any, requestId: res.headers.get('x-request-id') };
}

const PATH = '{ supportPath(customerId: "cust-wideworld", offerId: "off-litware-siem", issueType: BILLING) { steps { party { id } } } }';

describe('authentication', () => {
  const refusals: Array<[string, () => Promise<string | undefined>]> = [
    ['no token', async () => undefined],
    ['a malformed token', async () => 'not.a.jwt'],
    ['an expired token', () => token({ ttlSeconds: -3600 })],
    ['a token for another audience', () => token({ audience: 'someone-else' })],
    ['a token from another issuer', () => token({ issuer: 'https://other-issuer.test' })],
    ['a token signed with another key', () => token({ secret: new TextEncoder().encode('another-secret-another-secret-another-0123') })],
  ];
  test.each(refusals)('%s: HTTP 401, UNAUTHENTICATED, nothing else revealed', async (_name, make) => {
    const { status, body, requestId } = await ask(PATH, await make());
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      { message: 'Authentication required: send a valid Bearer token.', extensions: { code: 'UNAUTHENTICATED', requestId } },
    ]);
  });

  test('a token within the clock tolerance is accepted', async () => {
    const { status, body } = await ask(PATH, await token({ ttlSeconds: -30 }));
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  test('with authentication configured, responses carry no local-mode notice', async () => {
    const { body } = await ask(PATH, await token());
    expect(body.extensions?.auth).toBeUndefined();
  });
});

describe('roles', () => {
  test('ADMIN_AGENT and ANALYST read support paths', async () => {
    for (const t of [await token(), await token({ roles: [Role.ANALYST], partnerId: undefined })]) {
      const { body } = await ask(PATH, t);
      expect(body.data.supportPath.steps.map((s: any) => s.party.id)).toEqual(['ptr-tailspin', 'ptr-adatum', 'pub-microsoft']);
    }
  });

  test.each([Role.HELPDESK_AGENT, Role.SALES_AGENT])('%s may browse customers but not read support paths', async (role) => {
    const t = await token({ roles: [role] });
    const path = await ask(PATH, t);
    expect(path.status).toBe(200);
    expect(path.body.errors[0].extensions).toEqual({ code: 'FORBIDDEN', requestId: path.requestId });
    const browse = await ask('{ customer(id: "cust-wideworld") { name } }', t);
    expect(browse.body).toEqual({ data: { customer: { name: 'Wide World Importers' } } });
  });

  test('PUBLISHER_ADMIN may not read support paths', async () => {
    const { body } = await ask(PATH, await token({ roles: [Role.PUBLISHER_ADMIN], partnerId: undefined, publisherId: 'pub-litware' }));
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
  });

  test('a token with no known role may do nothing (refused as malformed: see security/claims.test.ts)', async () => {
    const { status, body } = await ask('{ customer(id: "cust-wideworld") { name } }', await token({ roles: ['ROOT' as Role], unchecked: true }));
    expect(status).toBe(401);
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
