import neo4j, { Driver } from 'neo4j-driver';

/**
 * Opens a driver and waits until the database answers. Integers come back as JS numbers: the
 * graph holds counts and ranks, never values beyond 2^53.
 */
export async function openDriver(uri: string, auth?: { user: string; password: string }): Promise<Driver> {
  const driver = neo4j.driver(uri, auth ? neo4j.auth.basic(auth.user, auth.password) : undefined, {
    disableLosslessIntegers: true,
    userAgent: 'csp-support-graph',
  });
  try {
    await driver.getServerInfo();
  } catch (error) {
    await driver.close();
    throw error;
  }
  return driver;
}
