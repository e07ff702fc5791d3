import fs from 'node:fs';
import type { EmbeddedNeo4j } from '../../src/graph/embedded-neo4j';

/** Stops the test database started by global-setup and removes its data folder. */
export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as Record<string, unknown>).__testNeo4j as { neo4j: EmbeddedNeo4j; dataDir: string } | undefined;
  if (!started) return;
  await started.neo4j.stop();
  fs.rmSync(started.dataDir, { recursive: true, force: true });
}
