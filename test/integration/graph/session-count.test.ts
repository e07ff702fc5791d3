import type { Driver } from 'neo4j-driver';
import { countSessions } from '../../../src/graph/session-count';
import { openTestDriver } from '../../support/test-neo4j';

/** The pool-in-use figure of /metrics: sessions counted from opening to closing, on the real database. */
let driver: Driver;
beforeAll(async () => {
  driver = await openTestDriver();
});
afterAll(() => driver.close());

test('a session counts from opening to closing, while it runs a transaction; closing twice counts once', async () => {
  const counted = countSessions(driver);
  expect(counted.sessionsOpen()).toBe(0);
  const first = counted.driver.session();
  const second = counted.driver.session();
  expect(counted.sessionsOpen()).toBe(2);

  const tx = first.beginTransaction();
  const result = await tx.run('RETURN 1 AS one');
  expect(result.records[0].get('one')).toBe(1);
  expect(counted.sessionsOpen()).toBe(2);
  await tx.commit();
  await first.close();
  expect(counted.sessionsOpen()).toBe(1);

  await second.executeRead((read) => read.run('RETURN 2 AS two'));
  await second.close();
  await second.close();
  expect(counted.sessionsOpen()).toBe(0);
});

test('what the wrapper does not intercept is the driver itself', async () => {
  const counted = countSessions(driver);
  await expect(counted.driver.getServerInfo()).resolves.toMatchObject({ address: expect.stringContaining(':') });
  expect(counted.driver.supportsMultiDb).toBe(driver.supportsMultiDb);
});
