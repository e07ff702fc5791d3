import 'reflect-metadata';
import http from 'node:http';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { connectGraph } from '../src/graph/connect';
import { createLogger } from '../src/logger';

/**
 * The service as `npm start` runs it (same config, same app), plus one thing for the bench: a
 * second loopback port (BENCH_STATS_PORT) answering how many Cypher statements it has run, so
 * the bench reports statements per request.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const graph = await connectGraph(config.neo4j, { seedWhenEmpty: false, log: () => {} });
  let statements = 0;
  graph.executor.onQuery(() => {
    statements += 1;
  });
  // Request logs would measure the terminal, not the service.
  const logger = createLogger({ level: 'silent' });
  const { httpServer } = await createApp(config, graph, logger);
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const stats = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ statements, rssMb: process.memoryUsage().rss / 2 ** 20 }));
  });
  await new Promise<void>((resolve) => stats.listen(Number(process.env.BENCH_STATS_PORT), '127.0.0.1', resolve));
  process.stdout.write('ready\n');
  process.on('SIGTERM', () => void graph.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
