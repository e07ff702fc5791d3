import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger as PinoLogger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { ServiceMetrics } from './metrics';
import { RequestScope, runInRequestScope } from './request-scope';

/** The response header that carries a request's id (also in every error's `extensions.requestId`). */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/** An id a caller or proxy sent that is safe to echo and log; anything else gets a fresh UUID. */
const ACCEPTED_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The service's own routes, as metric labels (never the raw path: that would be a label per URL). */
function routeOf(path: string): string {
  if (path === '/graphql' || path === '/metrics' || path === '/healthz' || path === '/readyz' || path === '/') return path;
  if (path.startsWith('/explorer/') || path.startsWith('/ide/') || path.startsWith('/styles/')) return 'static';
  return 'other';
}

/** Requests whose line is logged at debug: scrapes, health and readiness probes and static files would drown the rest. */
const quiet = (route: string) => route === '/metrics' || route === '/healthz' || route === '/readyz' || route === 'static';

const scopeOf = (res: ServerResponse): RequestScope | undefined => (res as ServerResponse & { locals?: { scope?: RequestScope } }).locals?.scope;

/**
 * The middleware every request goes through first: gives it an id (the caller's X-Request-Id when
 * well-formed, else a UUID) echoed in the X-Request-Id response header; opens its RequestScope;
 * and, once the response is finished, writes one JSON log line (request id, method, path, status,
 * duration, and for GraphQL the operation name, outcome and caller id — never a token) and
 * records its metrics.
 */
export function requestObserver(logger: PinoLogger, metrics: ServiceMetrics | undefined): RequestHandler[] {
  const log = pinoHttp({
    logger,
    // The line is built by lineOf below; the raw request (its headers: a token) is never serialized.
    wrapSerializers: false,
    serializers: { req: () => undefined, res: () => undefined },
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && ACCEPTED_ID.test(given) ? given : randomUUID();
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    customLogLevel: (req, res, error) => {
      const route = routeOf(pathOf(req));
      // A readiness probe's 503 is the answer it exists to give (warming up, Neo4j away): a
      // warning, not an error line for every probe a balancer sends.
      if (route === '/readyz' && res.statusCode === 503) return 'warn';
      if (error || res.statusCode >= 500) return 'error';
      if (res.statusCode >= 400) return 'warn';
      return quiet(route) ? 'debug' : 'info';
    },
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
    customSuccessObject: (req, res, value) => lineOf(req, res, value.responseTime),
    customErrorObject: (req, res, error, value) => ({ ...lineOf(req, res, value.responseTime), error: error.message }),
  });

  const scope: RequestHandler = (req, res, next) => {
    const requestScope: RequestScope = { requestId: String(req.id) };
    res.locals.scope = requestScope;
    const started = performance.now();
    res.once('finish', () => {
      const seconds = (performance.now() - started) / 1000;
      const route = routeOf(pathOf(req));
      metrics?.httpRequest(req.method, route, res.statusCode, seconds);
      if (isOperation(req)) metrics?.graphqlRequest(requestScope.operationName, outcomeOf(requestScope, res.statusCode), seconds);
    });
    runInRequestScope(requestScope, next);
  };
  return [log, scope];
}

/** The URL as received: Express rewrites `req.url` inside mounted routers, never `originalUrl`. */
const urlOf = (req: IncomingMessage): string => (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? '/';

function pathOf(req: IncomingMessage): string {
  return urlOf(req).split('?')[0];
}

/** A GraphQL operation (POST, or GET with a query) rather than a browser asking for the IDE. */
function isOperation(req: IncomingMessage): boolean {
  const url = new URL(urlOf(req), 'http://service');
  return url.pathname === '/graphql' && (req.method === 'POST' || url.searchParams.has('query'));
}

/** `ok`, or the first error's code, or what the HTTP status says when no GraphQL error was written. */
function outcomeOf(scope: RequestScope, status: number): string {
  if (scope.errorCode) return scope.errorCode;
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status >= 500) return 'INTERNAL_SERVER_ERROR';
  if (status >= 400) return 'BAD_REQUEST';
  return 'ok';
}

function lineOf(req: IncomingMessage, res: ServerResponse, durationMs: number): Record<string, unknown> {
  const scope = scopeOf(res);
  return {
    requestId: (req as IncomingMessage & { id?: unknown }).id,
    method: req.method,
    path: pathOf(req),
    status: res.statusCode,
    durationMs,
    ...(scope?.operationName !== undefined ? { operation: scope.operationName } : {}),
    ...(scope && isOperation(req) ? { outcome: outcomeOf(scope, res.statusCode) } : {}),
    ...(scope?.callerId ? { callerId: scope.callerId } : {}),
  };
}
