import type { Driver } from 'neo4j-driver';
import { profileSupportPath } from '../../../bench/profile-support-path';
import { Neo4jExecutor } from '../../../src/graph/executor';
import { createContext } from '../../../src/context';
import { LOCAL_ANALYST } from '../../../src/auth/caller';
import { IssueType } from '../../../src/domain/enums';
import { openTestDriver } from '../../support/test-neo4j';

/**
 * `npm run bench:profile` profiles what the service runs for a support path, not a list of its
 * own: on the sample graph, the statements it PROFILEs are those a request's supportPath runs
 * (counted here through the executor, as the round-trip tests count them), each with db hits.
 */
let driver: Driver;
beforeAll(async () => {
  driver = await openTestDriver();
});
afterAll(async () => {
  await driver.close();
});

test('the profile names the statements a supportPath request runs, with their db hits, and times the hand-written baseline', async () => {
  const profile = await profileSupportPath(driver, 3);

  // The same path as a request runs it, once the matrix is cached (as the profile has it).
  const db = new Neo4jExecutor(driver);
  const [sample] = await db.read<{ customerId: string; offerId: string; subscriptionId: string }>('bench/sample-subscriptions', { step: 1, limit: 1 });
  const findPath = async () => {
    const context = createContext(db, { maxPageSize: 100 }, LOCAL_ANALYST);
    context.reads.share();
    try {
      await context.services.supportPath.find({ ...sample, issueType: IssueType.TECHNICAL });
    } finally {
      await context.reads.close();
    }
  };
  await findPath();
  const seen: string[] = [];
  const stop = db.onQuery((event) => seen.push(event.statement));
  await findPath();
  stop();
  expect(seen.length).toBeGreaterThan(0);

  expect(profile.customers).toBeGreaterThan(0);
  expect(profile.statements.map((s) => s.statement)).toEqual(seen);
  expect(profile.statementsPerPath).toBe(seen.length);
  for (const s of profile.statements) expect(s.dbHits).toBeGreaterThan(0);
  expect(profile.handWritten.dbHits).toBeGreaterThan(0);
  expect(profile.service.p50).toBeGreaterThan(0);
  expect(profile.handWritten.p50).toBeGreaterThan(0);
});
