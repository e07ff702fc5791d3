import { ConfigError, loadConfig } from '../../../src/config';
import { openTestGraph, TestGraph } from '../../support/test-graph';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph.close();
});

test('without authentication every response says the caller is a local analyst', async () => {
  const res: any = await graph.execute('{ customer(id: "cust-contoso") { name } }');
  expect(res.data.customer.name).toBe('Contoso Ltd');
  expect(res.extensions.auth).toMatchObject({ mode: 'local', caller: 'local analyst' });
});

describe('binding', () => {
  test('a non-loopback address without authentication refuses to start', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/AUTH_JWT_SECRET or AUTH_JWKS_URL/);
  });

  test.each(['127.0.0.1', '127.0.0.2', 'localhost', '::1'])('%s is fine without authentication', (host) => {
    expect(loadConfig({ HOST: host }).auth).toEqual({ mode: 'none' });
  });

  test('any address with authentication configured', () => {
    expect(loadConfig({ HOST: '0.0.0.0', AUTH_JWKS_URL: 'https://login.example/keys' }).auth.mode).toBe('jwt');
  });

  test('a short secret, or both a secret and a JWKS URL, are refused', () => {
    expect(() => loadConfig({ AUTH_JWT_SECRET: 'short' })).toThrow(/at least 32 bytes/);
    expect(() => loadConfig({ AUTH_JWT_SECRET: 'x'.repeat(40), AUTH_JWKS_URL: 'https://login.example/keys' })).toThrow(/not both/);
  });
});
