import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql } from 'graphql';
import { openBaselineDriver, serveBaseline } from './baseline-server';
import { runMain } from './process-main';
import { PEER_TYPE_DEFS } from './scenarios';

/**
 * Baseline (c): @neo4j/graphql over the same graph, from a read-only model of it, behind a bare
 * node:http handler (POST / with a GraphQL request), so the comparison is the GraphQL layer.
 */
async function main(): Promise<void> {
  const driver = await openBaselineDriver();
  const schema = await new Neo4jGraphQL({
    typeDefs: PEER_TYPE_DEFS,
    driver,
    features: { filters: { String: { GT: true, GTE: true, LT: true, LTE: true } } },
  }).getSchema();
  await serveBaseline(
    driver,
    (_path, { query, variables }) => graphql({ schema, source: query, variableValues: variables, contextValue: {} }),
    () => ({}),
  );
}

runMain(main);
