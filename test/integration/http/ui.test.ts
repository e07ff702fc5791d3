import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { mintToken } from '../../../src/auth/mint-token';
import { Role } from '../../../src/auth/roles';
import { EXPLORER_OPERATIONS } from '../../../src/http/explorer-operations';
import { projectRoot } from '../../../src/project-root';
import { postGraphQL, RunningApp, startApp } from '../../support/running-app';

const BROWSER = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };
const SECRET = 'ide-test-secret-ide-test-secret-ide-test-0123';

beforeAll(() => {
  // The pages load the compiled browser code; `npm run build` makes it, here the test does.
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(projectRoot(), 'web', 'tsconfig.json')]);
});

/** The URLs a page's <script src> and <link href> load. */
const assetsOf = (html: string) => [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map((m) => m[1]);

describe('in development (the default)', () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
  });
  afterAll(() => running.stop());

  test('a browser opening /graphql gets GraphiQL, every file of it from this service, under a same-origin-only policy', async () => {
    const res = await fetch(`${running.url}/graphql`, { headers: BROWSER });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//);
    const assets = assetsOf(html).filter((a) => a !== 'data:,');
    expect(assets).toEqual([
      '/ide/vendor/graphiql.min.css',
      '/styles/ide.css',
      '/ide/vendor/react.production.min.js',
      '/ide/vendor/react-dom.production.min.js',
      '/ide/vendor/graphiql.min.js',
      '/ide/ide.js',
    ]);
    for (const asset of assets) expect([asset, (await fetch(`${running.url}${asset}`)).status]).toEqual([asset, 200]);
  });

  test('the page carries the five example tabs, in order, and no headers while authentication is off', async () => {
    const html = await (await fetch(`${running.url}/graphql`, { headers: BROWSER })).text();
    const config = JSON.parse(/<script type="application\/json" id="ide-config">(.*?)<\/script>/s.exec(html)![1]);
    expect(config.tabs.map((t: { query: string }) => /query (\w+)/.exec(t.query)![1])).toEqual([
      'SupportPath',
      'CustomerSupportOverview',
      'OutageImpact',
      'SupportGaps',
      'Search',
    ]);
    expect(config.tabs[0].headers).toBeUndefined();
    expect(config.authRequired).toBe(false);
  });

  test('GraphQL clients are answered as before: a GET with a query, a POST', async () => {
    const get = await fetch(`${running.url}/graphql?query=${encodeURIComponent('{ customer(id: "cust-wideworld") { name } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toMatchObject({ data: { customer: { name: 'Wide World Importers' } } });
    const { body } = await postGraphQL(running.url, { query: '{ customer(id: "cust-wideworld") { name } }' });
    expect(body.data).toEqual({ customer: { name: 'Wide World Importers' } });
  });

  test('the explorer is at /, its script from this service', async () => {
    const res = await fetch(`${running.url}/`, { headers: BROWSER });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(assetsOf(html).filter((a) => a !== 'data:,')).toEqual(['/styles/explorer.css', '/explorer/app.js']);
    // The operations the script sends come with the page (the warm-up runs the same ones).
    const config = JSON.parse(/<script type="application\/json" id="explorer-config">(.*?)<\/script>/s.exec(html)![1]);
    expect(config.operations).toEqual(EXPLORER_OPERATIONS);
    for (const file of ['app.js', 'path-drawing.js', 'path-model.js', 'graphql-client.js']) {
      const script = await fetch(`${running.url}/explorer/${file}`);
      expect([file, script.status, script.headers.get('content-type')]).toEqual([file, 200, expect.stringMatching(/javascript/)]);
      // Static files keep their ETag (a browser revalidates them after their max-age); only what
      // the service answers itself, all no-store, goes without.
      expect(script.headers.get('etag')).toBeTruthy();
    }
  });
});

describe('in production (the Docker image)', () => {
  test('the IDE is off by default: a browser is told how to turn it on, and nothing loads from elsewhere', async () => {
    const running = await startApp({ NODE_ENV: 'production' });
    try {
      const res = await fetch(`${running.url}/graphql`, { headers: BROWSER });
      expect(res.status).toBe(404);
      expect(await res.text()).toMatch(/GRAPHQL_IDE=true/);
      expect((await fetch(`${running.url}/ide/vendor/graphiql.min.js`)).status).toBe(404);
    } finally {
      await running.stop();
    }
  });

  test('GRAPHQL_IDE=true serves it, with the Authorization header to fill in, and introspection for authenticated callers only', async () => {
    const running = await startApp({ NODE_ENV: 'production', GRAPHQL_IDE: 'true', AUTH_JWT_SECRET: SECRET });
    try {
      const html = await (await fetch(`${running.url}/graphql`, { headers: BROWSER })).text();
      const config = JSON.parse(/<script type="application\/json" id="ide-config">(.*?)<\/script>/s.exec(html)![1]);
      expect(config.authRequired).toBe(true);
      expect(JSON.parse(config.tabs[0].headers)).toEqual({ Authorization: expect.stringMatching(/^Bearer /) });

      const introspection = { query: '{ __schema { queryType { name } } }' };
      const anonymous = await postGraphQL(running.url, introspection);
      expect(anonymous.res.status).toBe(401);
      const token = await mintToken({ secret: new TextEncoder().encode(SECRET), subject: 'ide-user', roles: [Role.ANALYST] });
      const authenticated = await postGraphQL(running.url, introspection, { authorization: `Bearer ${token}` });
      expect(authenticated.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    } finally {
      await running.stop();
    }
  });
});
