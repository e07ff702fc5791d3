import 'reflect-metadata';
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { connectGraph } from './graph/connect';
import { EmbeddedNeo4jError } from './graph/embedded-neo4j';
import { webBuilt } from './http/ui-routes';
import { createLogger } from './logger';

// Until the configuration is read: every line is JSON from the first one on.
let logger = createLogger();
// Node prints its warnings (deprecations…) as plain text; they become log lines like the rest.
process.removeAllListeners('warning');
process.on('warning', (warning) => logger.pino.warn({ warning: { name: warning.name, message: warning.message } }, 'node warning'));

/**
 * Composition root: config → Neo4j (embedded when NEO4J_URI is unset) → schema → Apollo → HTTP.
 * Exits with status 1 and one clear message when it cannot start.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  logger = createLogger({ level: config.logLevel });
  const graph = await connectGraph(config.neo4j, {
    seedWhenEmpty: config.seedWhenEmpty,
    log: (line) => logger.info(line),
  });
  const { httpServer, apollo, warmUp } = await createApp(config, graph, logger);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  // Registered before the ready line: a supervisor may send SIGTERM as soon as it reads it.
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    await apollo.stop();
    await graph.close();
    logger.info('stopped: HTTP drained, Neo4j closed');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  const where = graph.embedded && config.neo4j.kind === 'embedded' ? `embedded Neo4j at ${graph.uri}, data in ${config.neo4j.dataDir}` : graph.uri;
  const auth =
    config.auth.mode === 'none'
      ? 'no authentication configured: loopback only, every caller is a local analyst'
      : `Bearer JWTs verified with ${config.auth.secret ? 'AUTH_JWT_SECRET' : config.auth.jwksUrl}`;
  const base = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${config.port}`;
  if (config.warmUp) {
    const warm = async (why: string) => {
      logger.info(`warming up${why}: planning the statements of the IDE's example queries and the explorer's (/readyz answers 503 until done; WARM_UP=false skips it)`);
      const report = await warmUp();
      logger.info(`warmed up in ${(report.ms / 1000).toFixed(1)} s`, { warmUp: report.steps });
    };
    await warm('');
    // A restarted JVM has planned nothing: warm up again before answering ready.
    graph.embeddedNeo4j?.onRestart(() => void warm(' again (the embedded Neo4j restarted)'));
  }
  if (!webBuilt()) logger.error('the browser pages are not built: run `npm run build` (npm start does) to serve the explorer and the IDE');
  logger.info(`CSP support graph ready at ${base}/ (explorer) and ${base}/graphql (GraphQL${config.graphqlIde ? ' and GraphiQL' : ''})`, {
    url: `${base}/`,
    graphql: `${base}/graphql`,
    ide: config.graphqlIde,
    metrics: config.metrics ? `${base}/metrics` : false,
    neo4j: where,
    auth,
  });

}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof EmbeddedNeo4jError;
  logger.error(known ? `Cannot start: ${(error as Error).message}` : 'Cannot start', {
    ...(known ? {} : { error: error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : String(error) }),
  });
  process.exit(1);
});
