import fs from 'node:fs';
import path from 'node:path';
import express, { RequestHandler, Router } from 'express';
import type { GraphQLSchema } from 'graphql';
import { projectRoot } from '../project-root';
import { EXPLORER_OPERATIONS } from './explorer-operations';
import { ideExamples } from './ide-examples';

export interface UiOptions {
  /** Serve GraphiQL at GET /graphql for browsers. */
  ide: boolean;
  /** Authentication is configured: the pages ask for a Bearer token. */
  authRequired: boolean;
  schema: GraphQLSchema;
}

/** Nothing on these pages may load from or talk to another host: scripts, styles and fonts are ours, requests go to /graphql. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // GraphiQL and CodeMirror set inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/** GraphiQL 3's prebuilt bundle and the React 18 UMD files it runs on: [package, file in it]. */
const IDE_VENDOR_FILES: Record<string, [string, string]> = {
  'react.production.min.js': ['react', 'umd/react.production.min.js'],
  'react-dom.production.min.js': ['react-dom', 'umd/react-dom.production.min.js'],
  'graphiql.min.js': ['graphiql', 'graphiql.min.js'],
  'graphiql.min.css': ['graphiql', 'graphiql.min.css'],
};

/**
 * The folder of an installed package, found from its entry point (graphiql's `exports` hide its
 * bundle and package.json from require.resolve). Throws when the package is not installed.
 */
function packageDir(name: string): string {
  let dir = path.dirname(require.resolve(name));
  while (!fs.existsSync(path.join(dir, 'package.json')) || JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name !== name) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find the folder of package ${name}`);
    dir = parent;
  }
  return dir;
}

/** JSON safe inside a <script> element: no `</script>` or comment can close it early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/** The placeholder the pages show for a token when authentication is on. */
export const TOKEN_PLACEHOLDER = 'Bearer <paste a token: npm run token -- --role ANALYST>';

function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="data:,">
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

/** The GraphiQL page: its configuration (endpoint, example tabs, headers) travels as JSON in the page. */
export function idePage(options: UiOptions): string {
  const headers = options.authRequired ? JSON.stringify({ Authorization: TOKEN_PLACEHOLDER }, null, 2) : '';
  const config = {
    endpoint: '/graphql',
    authRequired: options.authRequired,
    tabs: ideExamples(options.schema).map((e) => ({ query: e.query, variables: e.variables, ...(headers ? { headers } : {}) })),
  };
  return page(
    'CSP support graph · GraphiQL',
    '<link rel="stylesheet" href="/ide/vendor/graphiql.min.css">\n<link rel="stylesheet" href="/styles/ide.css">',
    `<div id="graphiql">Loading GraphiQL…</div>
<script type="application/json" id="ide-config">${scriptJson(config)}</script>
<script src="/ide/vendor/react.production.min.js"></script>
<script src="/ide/vendor/react-dom.production.min.js"></script>
<script src="/ide/vendor/graphiql.min.js"></script>
<script type="module" src="/ide/ide.js"></script>`,
  );
}

/** The support-path explorer's page; its script (web/explorer, built by `npm run build`) does the rest. */
export function explorerPage(options: Pick<UiOptions, 'authRequired' | 'ide'>): string {
  const config = {
    endpoint: '/graphql',
    authRequired: options.authRequired,
    ide: options.ide,
    tokenPlaceholder: TOKEN_PLACEHOLDER,
    operations: EXPLORER_OPERATIONS,
  };
  return page(
    'CSP support graph · Who supports this customer?',
    '<link rel="stylesheet" href="/styles/explorer.css">',
    `<script type="application/json" id="explorer-config">${scriptJson(config)}</script>
<div id="explorer" class="explorer">Loading…</div>
<script type="module" src="/explorer/app.js"></script>`,
  );
}

const sendHtml =
  (html: () => string): RequestHandler =>
  (_req, res) => {
    res.set({ 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
    res.type('html').send(html());
  };

/** Where `npm run build` puts the compiled browser code (web/ → dist/web/). */
export const WEB_BUILD_DIR = () => path.join(projectRoot(), 'dist', 'web');

/** True once `npm run build` has compiled web/ (the pages need it). */
export function webBuilt(): boolean {
  return fs.existsSync(path.join(WEB_BUILD_DIR(), 'explorer', 'app.js')) && fs.existsSync(path.join(WEB_BUILD_DIR(), 'ide', 'ide.js'));
}

/**
 * The browser side: the explorer at `/`, GraphiQL at GET /graphql when a browser asks for HTML (and
 * the IDE is on), and their static files — all from this service, none from a CDN. Mount before
 * the GraphQL endpoint.
 */
export function uiRoutes(options: UiOptions): Router {
  const router = Router();
  const statics = { index: false, fallthrough: true, maxAge: '1h' } as const;
  const ide = idePage(options);
  const explorer = explorerPage(options);

  router.get('/', sendHtml(() => explorer));
  router.use('/explorer', express.static(path.join(WEB_BUILD_DIR(), 'explorer'), statics));
  router.use('/styles', express.static(path.join(projectRoot(), 'web', 'styles'), statics));

  if (options.ide) {
    const vendor = new Map(Object.entries(IDE_VENDOR_FILES).map(([file, [pkg, inner]]) => [file, path.join(packageDir(pkg), inner)]));
    router.get('/ide/vendor/:file', (req, res, next) => {
      const file = vendor.get(req.params.file);
      if (!file) return next();
      res.sendFile(file, { maxAge: '1d' });
    });
    router.use('/ide', express.static(path.join(WEB_BUILD_DIR(), 'ide'), statics));
  }

  // A browser opening /graphql asks for HTML; GraphQL clients ask for JSON or send a query.
  router.get('/graphql', (req, res, next) => {
    if (req.query.query !== undefined || req.accepts(['application/json', 'text/html']) !== 'text/html') return next();
    if (!options.ide) {
      res.status(404).type('text').send('The GraphQL IDE is off (production). Set GRAPHQL_IDE=true to serve it here; POST /graphql answers GraphQL either way.\n');
      return;
    }
    sendHtml(() => ide)(req, res, next);
  });
  return router;
}
