import 'reflect-metadata';
import { loadConfig } from '../config';
import { connectGraph } from '../graph/connect';
import { loadSeeds, readDefaultMatrix, readSampleGraph } from '../graph/seed-loader';

/** `npm run seed`: loads seeds/ into the configured Neo4j. Idempotent: a second run changes nothing. */
async function main(): Promise<void> {
  const config = loadConfig();
  const graph = await connectGraph(config.neo4j, { seedWhenEmpty: false, log: (line) => console.error(line) });
  try {
    await loadSeeds(graph.executor, readDefaultMatrix(), readSampleGraph(), (line) => console.error(line));
    console.log('Loaded seeds/support-matrix.json and seeds/sample-graph.json.');
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
