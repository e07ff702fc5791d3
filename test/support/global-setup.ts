import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedNeo4j } from '../../src/graph/embedded-neo4j';
import { Neo4jExecutor } from '../../src/graph/executor';
import { applyConstraints, applyMigrations } from '../../src/graph/graph-setup';
import { loadSeeds, readDefaultMatrix, readSampleGraph } from '../../src/graph/seed-loader';
import { openTestDriver } from './test-neo4j';

/**
 * Starts a throwaway Neo4j 5 Community on a free loopback port with its data in a temp folder,
 * applies the constraints and loads the seeds. Tests find it through TEST_NEO4J_URI,
 * TEST_NEO4J_USER and TEST_NEO4J_PASSWORD. With TEST_NEO4J_URI already set, that database is
 * used instead (it must be disposable; set its credentials in the other two).
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.TEST_NEO4J_URI) {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-support-graph-test-'));
    const started = Date.now();
    const neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: 0, pageCacheMb: 64, heapMb: 768 });
    console.log(`\nEmbedded Neo4j for tests ready in ${Date.now() - started} ms at ${neo4j.uri}`);
    process.env.TEST_NEO4J_URI = neo4j.uri;
    process.env.TEST_NEO4J_USER = neo4j.auth.user;
    process.env.TEST_NEO4J_PASSWORD = neo4j.auth.password;
    (globalThis as Record<string, unknown>).__testNeo4j = { neo4j, dataDir };
  }
  const driver = await openTestDriver();
  try {
    const db = new Neo4jExecutor(driver);
    await applyConstraints(db);
    await applyMigrations(db);
    await loadSeeds(db, readDefaultMatrix(), readSampleGraph());
  } finally {
    await driver.close();
  }
}
