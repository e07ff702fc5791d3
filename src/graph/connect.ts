import type { Driver } from 'neo4j-driver';
import type { Neo4jTarget } from '../config';
import { openDriver } from './driver';
import { startEmbeddedNeo4j } from './embedded-neo4j';
import { Neo4jExecutor } from './executor';
import { applyConstraints, applyMigrations, isGraphEmpty } from './graph-setup';
import { loadSeeds, readDefaultMatrix, readSampleGraph } from './seed-loader';

export interface GraphConnection {
  driver: Driver;
  executor: Neo4jExecutor;
  /** Where the service is connected, for the start-up line. */
  uri: string;
  embedded: boolean;
  /** Closes the driver, then stops the embedded database if this connection started it. */
  close(): Promise<void>;
}

/**
 * Connects to the configured Neo4j — starting the embedded one when no NEO4J_URI is set —
 * applies the constraints, and loads seeds/ when asked and the graph has no support matrix.
 */
export async function connectGraph(
  target: Neo4jTarget,
  options: { seedWhenEmpty: boolean; log: (line: string) => void },
): Promise<GraphConnection> {
  const embedded =
    target.kind === 'embedded'
      ? await startEmbeddedNeo4j({ ...target, log: options.log })
      : undefined;
  try {
    const uri = embedded?.uri ?? (target.kind === 'remote' ? target.uri : '');
    const driver = await openDriver(uri, target.kind === 'remote' ? { user: target.user, password: target.password } : undefined);
    const executor = new Neo4jExecutor(driver, target.kind === 'remote' ? target.database : undefined);
    await applyConstraints(executor);
    await applyMigrations(executor, options.log);
    if (options.seedWhenEmpty && (await isGraphEmpty(executor))) {
      options.log('The graph is empty: loading the default support matrix and the sample graph from seeds/.');
      await loadSeeds(executor, readDefaultMatrix(), readSampleGraph(), options.log);
      options.log('Loaded the sample graph and the default support matrix.');
    }
    return {
      driver,
      executor,
      uri,
      embedded: Boolean(embedded),
      close: async () => {
        await driver.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
