import http from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql } from 'graphql';
import { openDriver } from '../src/graph/driver';
import { PEER_TYPE_DEFS } from './scenarios';

/**
 * Baseline (c): @neo4j/graphql over the same graph, from a read-only model of it, behind a bare
 * node:http handler (POST / with a GraphQL request), so the comparison is the GraphQL layer.
 */
async function main(): Promise<void> {
  // The embedded Neo4j has authentication on: the bench passes its credentials.
  const driver = await openDriver(process.env.NEO4J_URI!, { user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? '' });
  const schema = await new Neo4jGraphQL({
    typeDefs: PEER_TYPE_DEFS,
    driver,
    features: { filters: { String: { GT: true, GTE: true, LT: true, LTE: true } } },
  }).getSchema();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.url === '/stats') {
        res.end(JSON.stringify({ rssMb: process.memoryUsage().rss / 2 ** 20 }));
        return;
      }
      const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
      graphql({ schema, source: query, variableValues: variables, contextValue: {} }).then(
        (result) => {
          res.setHeader('content-type', 'application/json');
          res.end(JSON.stringify(result));
        },
        (error: unknown) => {
          res.statusCode = 500;
          res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
        },
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT), '127.0.0.1', resolve));
  process.stdout.write('ready\n');
  process.on('SIGTERM', () => void driver.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
