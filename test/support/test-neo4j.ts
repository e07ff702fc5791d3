import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../src/graph/driver';

/**
 * The environment that points the service's config at the test run's Neo4j, with its credentials,
 * and gives a request's reads 60 s instead of 5 s: the suite runs on shared 2-core machines where
 * an ordinary page can take seconds, and the timeout itself is tested with its own settings
 * (test/integration/security/timeouts.test.ts). A test's own settings are spread after this.
 */
export function testNeo4jEnv(): Record<string, string> {
  return {
    NEO4J_URI: process.env.TEST_NEO4J_URI!,
    NEO4J_USER: process.env.TEST_NEO4J_USER ?? 'neo4j',
    NEO4J_PASSWORD: process.env.TEST_NEO4J_PASSWORD ?? '',
    QUERY_TIMEOUT_MS: '60000',
  };
}

/** A driver on the test run's Neo4j (see global-setup). */
export function openTestDriver(): Promise<Driver> {
  const env = testNeo4jEnv();
  return openDriver(env.NEO4J_URI, { user: env.NEO4J_USER, password: env.NEO4J_PASSWORD });
}
