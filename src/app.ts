import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express, { ErrorRequestHandler } from 'express';
import { createAuthenticator } from './auth/authenticator';
import { WARM_UP_CALLER } from './auth/caller';
import { loopbackOnly } from './auth/loopback-guard';
import type { Config } from './config';
import { Context, createContext } from './context';
import { createErrorFormatter } from './errors/format-error';
import { hideSuggestions } from './errors/hide-suggestions';
import type { GraphConnection } from './graph/connect';
import { operationNamePlugin, withRequestId } from './http/graphql-observer';
import { ServiceMetrics } from './http/metrics';
import { requestObserver } from './http/request-observer';
import { currentRequestScope } from './http/request-scope';
import { uiRoutes } from './http/ui-routes';
import { RunOperation, warmUp, warmUpOperations, WarmUpReport } from './http/warm-up';
import { createLogger, Logger } from './logger';
import { requestTransactionPlugin } from './plugins/request-transaction.plugin';
import { RETRY_AFTER_SECONDS, serviceUnavailablePlugin } from './plugins/service-unavailable.plugin';
import { wellFormedInputPlugin } from './plugins/well-formed-input.plugin';
import { buildGraphQLSchema } from './schema/build-schema';
import { costLimitPlugin } from './schema/common/cost-model';
import { setCursorSecret } from './schema/common/connection';

export type ApolloOptions = Pick<Config, 'limits' | 'production' | 'introspection' | 'maxPageSize'>;

/** The notice every response carries while no authentication is configured. */
export const LOCAL_MODE_NOTICE = {
  mode: 'local',
  caller: 'local analyst',
  note: 'No authentication is configured: the service is bound to loopback and every caller is a local analyst.',
};

/**
 * The Apollo server over the schema: token, depth, cost and alias limits checked before any
 * resolver runs (so before any Neo4j session opens); no batched requests; introspection and field suggestions as configured; errors
 * masked and logged by id.
 */
export function createApolloServer(logger: Logger, options: ApolloOptions, plugins: ApolloServerPlugin<Context>[] = []) {
  const armor = new ApolloArmor({
    maxDepth: { n: options.limits.maxDepth, ignoreIntrospection: true },
    // The cost is ours (cost-model.ts): armor's ignores variables (`first: $n`).
    costLimit: { enabled: false },
    maxAliases: { n: options.limits.maxAliases },
    // Counted by graphql-js's parser instead (parseOptions below): armor's token plugin rethrows
    // from Apollo's unexpected-error hook, which rejects outside the request.
    maxTokens: { enabled: false },
    maxDirectives: { n: 10 },
    blockFieldSuggestion: { enabled: options.production },
  }).protect();
  const localNotice: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (!contextValue?.caller?.local || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, auth: LOCAL_MODE_NOTICE };
        },
      };
    },
  };
  // Apollo's default cache-control plugin wraps every field's resolver to gather cache hints this
  // service never gives, only to answer `no-store`: the answer says so here, without the wrapping.
  const noStore: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
  const text = (args: unknown[]) => args.map(String).join(' ');
  return new ApolloServer<Context>({
    schema: buildGraphQLSchema(),
    // Apollo's own messages go to the service's log, as JSON like every other line.
    logger: {
      debug: (...args) => logger.pino?.debug(text(args)),
      info: (...args) => logger.info(text(args)),
      warn: (...args) => (logger.pino ? logger.pino.warn(text(args)) : logger.info(text(args))),
      error: (...args) => logger.error(text(args)),
    },
    introspection: options.introspection,
    hideSchemaDetailsFromClientErrors: options.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // server.ts owns SIGINT/SIGTERM: it stops Apollo, then closes Neo4j, in that order.
    stopOnTerminationSignals: false,
    formatError: withRequestId(options.production ? hideSuggestions(createErrorFormatter(logger, randomUUID)) : createErrorFormatter(logger, randomUUID)),
    parseOptions: { maxTokens: options.limits.maxTokens },
    validationRules: armor.validationRules,
    // Apollo's own landing pages load from a CDN; the service serves GraphiQL itself (src/http/ui-routes.ts).
    plugins: [
      ...armor.plugins,
      wellFormedInputPlugin(),
      serviceUnavailablePlugin(),
      costLimitPlugin<Context>({ maxCost: options.limits.maxCost, maxPageSize: options.maxPageSize }),
      requestTransactionPlugin<Context>(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStore,
      localNotice,
      ...plugins,
    ],
  });
}

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Undefined when METRICS_ENABLED=false. */
  metrics?: ServiceMetrics;
  /**
   * Runs the IDE's example queries and the explorer's operations once, in-process, so that Neo4j
   * has planned their statements before the first analyst asks (src/http/warm-up.ts); /readyz
   * answers 503 until it is done. Their answers go nowhere. Never throws.
   */
  warmUp(): Promise<WarmUpReport>;
}

/** Each warm-up transaction's timeout: planning a large statement on a freshly started Neo4j takes seconds. */
const WARM_UP_TIMEOUT_MS = 60_000;

/**
 * The HTTP layer: every request gets an id (X-Request-Id), one JSON log line and its metrics;
 * /graphql (callers authenticated, CORS limited to the configured origins, JSON bodies capped;
 * GraphiQL for browsers when the IDE is on), the explorer at /, /metrics (Prometheus), /healthz
 * (liveness: 200 while the process answers) and /readyz (readiness: 200 while Neo4j answers and
 * no warm-up runs, 503 otherwise). Call `listen` on the returned server, then `warmUp`.
 */
export async function createApp(config: Config, graph: GraphConnection, logger: Logger): Promise<App> {
  if (config.cursorSecret) setCursorSecret(config.cursorSecret);
  const app = express();
  app.disable('x-powered-by');
  // What the service sends itself (GraphQL answers, probes, the IDE page) is no-store: no cache
  // revalidates it, so Express need not hash every answer into an ETag. Static files keep theirs.
  app.set('etag', false);
  // Local mode: no token stands between a browser page and the operator, so refuse DNS rebinding.
  if (config.auth.mode === 'none') app.use(loopbackOnly());
  const httpServer = http.createServer(app);
  const metrics = config.metrics ? new ServiceMetrics() : undefined;
  if (metrics) graph.executor.onQuery((event) => metrics.statement(event));
  if (metrics && graph.sessionsOpen) metrics.pool(graph.sessionsOpen, config.neo4j.driver.maxPoolSize);
  const apollo = createApolloServer(logger, config, [ApolloServerPluginDrainHttpServer({ httpServer }), operationNamePlugin<Context>()]);
  await apollo.start();
  const authenticate = createAuthenticator(config.auth);

  // Loggers made by hand (tests) have no pino behind them: their request lines go nowhere.
  app.use(requestObserver(logger.pino ?? createLogger({ level: 'silent' }).pino, metrics));

  if (metrics) {
    app.get('/metrics', async (_req, res) => {
      const { contentType, body } = await metrics.scrape();
      res.type(contentType).send(body);
    });
  }

  // Liveness: the process answers. Readiness: the database answers too (503 with Retry-After otherwise).
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  let warming = 0;
  app.get('/readyz', async (_req, res) => {
    const status = warming > 0 ? 'warming up' : (await graph.isReady()) ? 'ready' : 'unavailable';
    if (status === 'ready') {
      res.json({ status });
    } else {
      res.status(503).set('retry-after', String(RETRY_AFTER_SECONDS)).json({ status });
    }
  });

  app.use(uiRoutes({ ide: config.graphqlIde, authRequired: config.auth.mode !== 'none', schema: buildGraphQLSchema() }));

  app.use(
    '/graphql',
    cors({ origin: config.corsOrigins.length ? config.corsOrigins : false }),
    express.json({ limit: config.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const scope = currentRequestScope();
        // Named here too: a request refused below never reaches the plugin that resolves the name.
        if (scope && typeof req.body?.operationName === 'string') scope.operationName = req.body.operationName;
        const caller = await authenticate(req.headers.authorization);
        if (scope) scope.callerId = caller.subject;
        // A client that hangs up before its answer stops the request's transactions.
        const hangUp = new AbortController();
        res.once('close', () => res.writableFinished || hangUp.abort());
        const context = createContext(
          graph.executor,
          { maxPageSize: config.maxPageSize, queryTimeoutMs: config.queryTimeoutMs, signal: hangUp.signal },
          caller,
          scope?.requestId,
        );
        // The plugin closes the request's read transaction with the response; this covers any
        // way out of a request that skips the plugin's hooks.
        res.once('close', () => void context.reads.close());
        return context;
      },
    }),
  );

  // Body-parser and other HTTP-level failures: a JSON error with the right status, no stack.
  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = typeof error?.status === 'number' ? error.status : 500;
    const message = status === 413 ? `Request body larger than ${config.maxBodyBytes} bytes.` : status < 500 ? 'Bad request.' : 'Internal server error';
    if (status >= 500) logger.error('http error', { error: String(error?.stack ?? error) });
    const code = status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals.scope?.requestId } }] });
  };
  app.use(onError);

  const answerInProcess: RunOperation = async (operation) => {
    const contextValue = createContext(graph.executor, { maxPageSize: config.maxPageSize, queryTimeoutMs: WARM_UP_TIMEOUT_MS }, WARM_UP_CALLER);
    try {
      const response = await apollo.executeOperation(
        { query: operation.query, variables: JSON.parse(operation.variables) as Record<string, unknown>, operationName: operation.name },
        { contextValue },
      );
      const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
      return errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
    } finally {
      await contextValue.reads.close();
    }
  };
  const warmUpApp = async (): Promise<WarmUpReport> => {
    warming += 1;
    try {
      return await warmUp(warmUpOperations(buildGraphQLSchema()), answerInProcess);
    } finally {
      warming -= 1;
    }
  };

  return { httpServer, apollo, metrics, warmUp: warmUpApp };
}
