import http from 'node:http';
import { HttpApp, startHttpApp } from '../../support/http-app';

// Issue 10, item 9: in local mode (no authentication) only loopback host names are served.
let local: HttpApp;
let withAuth: HttpApp;
beforeAll(async () => {
  local = await startHttpApp();
  withAuth = await startHttpApp({ AUTH_JWT_SECRET: 'rebinding-secret-rebinding-secret-0123456789' });
});
afterAll(async () => {
  await local.close();
  await withAuth.close();
});

/** A raw POST to 127.0.0.1 with exactly these Host and Origin headers (fetch would not send a foreign Host). */
function post(port: number, headers: Record<string, string>): Promise<{ status: number; body: any }> {
  const body = JSON.stringify({ query: '{ customer(id: "cust-contoso") { name } }' });
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

test.each([
  ['a foreign Host', { host: 'attacker.example:4000' }],
  ['a foreign Host without port', { host: 'attacker.example' }],
  ['a name that only starts like loopback', { host: '127.0.0.1.attacker.example' }],
  ['a loopback Host with a foreign Origin', { host: 'localhost:4000', origin: 'http://attacker.example' }],
  ['a loopback Host with a null Origin', { host: 'localhost:4000', origin: 'null' }],
])('local mode refuses %s: 403 FORBIDDEN, no data', async (_name, headers) => {
  const { status, body } = await post(local.port, headers);
  expect(status).toBe(403);
  expect(body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'FORBIDDEN' } }] });
});

test.each([
  [{ host: 'localhost:4000' }],
  [{ host: '127.0.0.1:4000' }],
  [{ host: '[::1]:4000' }],
  [{ host: 'LOCALHOST' }],
  [{ host: 'localhost:4000', origin: 'http://localhost:4000' }],
  [{ host: '127.0.0.1:4000', origin: 'http://127.0.0.1:3000' }],
])('local mode serves loopback names %j', async (headers) => {
  const { status, body } = await post(local.port, headers);
  expect(status).toBe(200);
  expect(body.data.customer.name).toBe('Contoso Ltd');
});

test('with authentication configured any Host reaches the token check (401 without a token)', async () => {
  const { status, body } = await post(withAuth.port, { host: 'graph.example.com' });
  expect(status).toBe(401);
  expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
});
