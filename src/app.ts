import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import express, { ErrorRequestHandler } from 'express';
import { createAuthenticator } from './auth/authenticator';
import type { Config } from './config';
import { Context, createContext } from './context';
import { createErrorFormatter } from './errors/format-error';
import type { GraphConnection } from './graph/connect';
import type { Logger } from './logger';
import { RETRY_AFTER_SECONDS, serviceUnavailablePlugin } from './plugins/service-unavailable.plugin';
import { wellFormedInputPlugin } from './plugins/well-formed-input.plugin';
import { buildGraphQLSchema } from './schema/build-schema';

export type ApolloOptions = Pick<Config, 'limits' | 'production' | 'introspection'>;

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
    costLimit: { maxCost: options.limits.maxCost, ignoreIntrospection: true },
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
  return new ApolloServer<Context>({
    schema: buildGraphQLSchema(),
    introspection: options.introspection,
    hideSchemaDetailsFromClientErrors: options.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // server.ts owns SIGINT/SIGTERM: it stops Apollo, then closes Neo4j, in that order.
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(logger, randomUUID),
    parseOptions: { maxTokens: options.limits.maxTokens },
    validationRules: armor.validationRules,
    plugins: [...armor.plugins, wellFormedInputPlugin(), serviceUnavailablePlugin(), localNotice, ...plugins],
  });
}

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

/**
 * The HTTP layer: /graphql (callers authenticated, CORS limited to the configured origins, JSON
 * bodies capped), /healthz (liveness: 200 while the process answers) and /readyz (readiness: 200
 * while Neo4j answers, 503 otherwise). Call `listen` on the returned server.
 */
export async function createApp(config: Config, graph: GraphConnection, logger: Logger): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = createApolloServer(logger, config, [ApolloServerPluginDrainHttpServer({ httpServer })]);
  await apollo.start();
  const authenticate = createAuthenticator(config.auth);

  // Liveness: the process answers. Readiness: the database answers too (503 with Retry-After otherwise).
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (await graph.isReady()) {
      res.json({ status: 'ready' });
    } else {
      res.status(503).set('retry-after', String(RETRY_AFTER_SECONDS)).json({ status: 'unavailable' });
    }
  });

  app.use(
    '/graphql',
    cors({ origin: config.corsOrigins.length ? config.corsOrigins : false }),
    express.json({ limit: config.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(graph.executor, { maxPageSize: config.maxPageSize }, await authenticate(req.headers.authorization)),
    }),
  );

  // Body-parser and other HTTP-level failures: a JSON error with the right status, no stack.
  const onError: ErrorRequestHandler = (error, _req, res, _next) => {
    const status = typeof error?.status === 'number' ? error.status : 500;
    const message = status === 413 ? `Request body larger than ${config.maxBodyBytes} bytes.` : status < 500 ? 'Bad request.' : 'Internal server error';
    if (status >= 500) logger.error('http error', { error: String(error?.stack ?? error) });
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
  };
  app.use(onError);

  return { httpServer, apollo };
}
