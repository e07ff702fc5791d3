import neo4j, { Driver } from 'neo4j-driver';

/** How the driver behaves while the database is slow or gone (see docs/reliability.md). */
export interface DriverSettings {
  /** Largest number of open connections; a request waits for one at most `acquisitionTimeoutMs`. */
  maxPoolSize: number;
  /** How long a request waits for a free connection from the pool before it fails. */
  acquisitionTimeoutMs: number;
  /** How long opening one TCP connection (and its handshake) may take. */
  connectionTimeoutMs: number;
  /** How long executeRead/executeWrite keep retrying transient failures (deadlocks, a database briefly away). */
  maxRetryTimeMs: number;
}

/**
 * Fail-fast defaults: while the database is down a request fails in a few seconds instead of the
 * driver's 30 s of retries and 60 s of waiting for a connection, and transient errors (a
 * deadlock, a leader switch) are still retried a few times.
 */
export const DEFAULT_DRIVER_SETTINGS: DriverSettings = {
  maxPoolSize: 100,
  acquisitionTimeoutMs: 5_000,
  connectionTimeoutMs: 3_000,
  maxRetryTimeMs: 3_000,
};

/**
 * Opens a driver and waits until the database answers. Integers come back as JS numbers: the
 * graph holds counts and ranks, never values beyond 2^53. The driver reconnects by itself: a
 * connection that broke is dropped from the pool and the next request opens a new one, so a
 * database that comes back is used again without a new driver.
 */
export async function openDriver(
  uri: string,
  auth?: { user: string; password: string },
  settings: DriverSettings = DEFAULT_DRIVER_SETTINGS,
): Promise<Driver> {
  const driver = neo4j.driver(uri, auth ? neo4j.auth.basic(auth.user, auth.password) : undefined, {
    disableLosslessIntegers: true,
    userAgent: 'csp-support-graph',
    maxConnectionPoolSize: settings.maxPoolSize,
    connectionAcquisitionTimeout: settings.acquisitionTimeoutMs,
    connectionTimeout: settings.connectionTimeoutMs,
    maxTransactionRetryTime: settings.maxRetryTimeMs,
  });
  try {
    await driver.getServerInfo();
  } catch (error) {
    await driver.close();
    throw error;
  }
  return driver;
}
