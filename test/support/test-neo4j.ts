import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../src/graph/driver';

/** The environment that points the service's config at the test run's Neo4j, with its credentials. */
export function testNeo4jEnv(): Record<string, string> {
  return {
    NEO4J_URI: process.env.TEST_NEO4J_URI!,
    NEO4J_USER: process.env.TEST_NEO4J_USER ?? 'neo4j',
    NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD ?? '',
  };
}

/** A driver on the test run's Neo4j (see global-setup). */
export function openTestDriver(): Promise<Driver> {
  const env = testNeo4jEnv();
  return openDriver(env.NEO4J_URI, { user: env.NEO4J_USER, password: env.NEO4J_PASSWORD });
}
