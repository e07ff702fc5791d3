import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { ErrorRequestHandler } from 'express';
import type { Config } from './config';
import { Context, createContext } from './context';
import { createErrorFormatter } from './errors/format-error';
import type { GraphConnection } from './graph/connect';
import { createRepositories } from './graph/repositories';
import type { Logger } from './logger';
import { buildGraphQLSchema } from './schema/build-schema';

/** The Apollo server over the schema, with errors masked and logged by request id. */
export function createApolloServer(logger: Logger, plugins: ApolloServer<Context>['internals']['plugins'] = []) {
  return new ApolloServer<Context>({
    schema: buildGraphQLSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logger, randomUUID),
    plugins,
  });
}

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

/**
 * The HTTP layer: /graphql (CORS limited to the configured origins, JSON bodies capped) and
 * /healthz (answers 200 when Neo4j does). Call `listen` on the returned server.
 */
export async function createApp(config: Config, graph: GraphConnection, logger: Logger): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  const apollo = createApolloServer(logger, [ApolloServerPluginDrainHttpServer({ httpServer })]);
  await apollo.start();
  const repos = createRepositories(graph.executor);

  app.get('/healthz', async (_req, res) => {
    try {
      await graph.driver.getServerInfo();
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable' });
    }
  });

  app.use(
    '/graphql',
    cors({ origin: config.corsOrigins.length ? config.corsOrigins : false }),
    express.json({ limit: config.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async () => createContext(repos, { maxPageSize: config.maxPageSize }),
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
