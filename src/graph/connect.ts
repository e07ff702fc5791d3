import { Driver, Neo4jError, Session } from 'neo4j-driver';
import type { Neo4jTarget } from '../config';
import { openDriver } from './driver';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from './embedded-neo4j';
import { Neo4jExecutor } from './executor';
import { applyConstraints, applyMigrations, isGraphEmpty } from './graph-setup';
import { loadSeeds, readDefaultMatrix, readSampleGraph } from './seed-loader';
import { countSessions } from './session-count';

export interface GraphConnection {
  driver: Driver;
  executor: Neo4jExecutor;
  /** Where the service is connected, for the start-up line. */
  uri: string;
  embedded: boolean;
  /** The supervised embedded database, when this connection started one. */
  embeddedNeo4j?: EmbeddedNeo4j;
  /**
   * True when the database answers a round trip within `timeoutMs`. Never throws. While the
   * embedded database is being restarted it answers false without trying.
   */
  isReady(timeoutMs?: number): Promise<boolean>;
  /** Sessions open on the driver: the connections of its pool in use (see countSessions); absent where the driver is not counted. */
  sessionsOpen?(): number;
  /** Closes the driver, then stops the embedded database if this connection started it. */
  close(): Promise<void>;
}

/**
 * The driver the service uses over a supervised embedded database: while the supervisor knows the
 * JVM is down or restarting, every transaction fails at once with the driver's own
 * ServiceUnavailable (which the executor reports as SERVICE_UNAVAILABLE) instead of trying to
 * connect: a Bolt port that has opened before the database finished its recovery would accept a
 * connection and hold the request until the database is up.
 */
export function gateWhileDown(driver: Driver, isUp: () => boolean): Driver {
  const down = () =>
    Promise.reject(new Neo4jError('The embedded Neo4j is restarting.', 'ServiceUnavailable', '08000', 'error: connection exception'));
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property !== 'session') return Reflect.get(target, property, receiver);
      return (...args: Parameters<Driver['session']>): Session => {
        const session = target.session(...args);
        return new Proxy(session, {
          get(inner, name, innerReceiver) {
            if ((name === 'executeRead' || name === 'executeWrite' || name === 'run') && !isUp()) return down;
            const value = Reflect.get(inner, name, innerReceiver);
            return typeof value === 'function' ? value.bind(inner) : value;
          },
        });
      };
    },
  });
}

/**
 * A readiness check over a driver (see GraphConnection.isReady): one round trip to the database,
 * bounded in time; false without trying while the embedded database is down.
 */
export function readinessProbe(driver: Driver, database?: string, embedded?: Pick<EmbeddedNeo4j, 'state'>) {
  return (timeoutMs = 2_000): Promise<boolean> => {
    if (embedded && embedded.state !== 'up') return Promise.resolve(false);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const probe = driver.getServerInfo({ database }).then(
      () => true,
      () => false,
    );
    return Promise.race([probe, timeout]).finally(() => clearTimeout(timer));
  };
}

/**
 * Connects to the configured Neo4j — starting the embedded one (with its password, supervised)
 * when no NEO4J_URI is set — applies the constraints, and loads seeds/ when asked and the graph
 * has no support matrix.
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
    const auth = embedded?.auth ?? (target.kind === 'remote' ? { user: target.user, password: target.password } : undefined);
    const counted = countSessions(await openDriver(uri, auth, target.driver));
    const driver = embedded ? gateWhileDown(counted.driver, () => embedded.state === 'up') : counted.driver;
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
      embeddedNeo4j: embedded,
      sessionsOpen: counted.sessionsOpen,
      isReady: readinessProbe(driver, target.kind === 'remote' ? target.database : undefined, embedded),
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
