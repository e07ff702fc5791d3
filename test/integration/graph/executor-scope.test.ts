import type { Driver } from 'neo4j-driver';
import { Neo4jExecutor } from '../../../src/graph/executor';
import { RequestMoment } from '../../../src/graph/request-moment';
import { openTestDriver } from '../../support/test-neo4j';

/**
 * The tenant scope a request's executor carries is merged after a statement's own parameters, so
 * a statement (or a repository passing what it was given) cannot replace it; `$at` it may replace.
 */
let driver: Driver;
beforeAll(async () => {
  driver = await openTestDriver();
});
afterAll(async () => {
  await driver.close();
});

const PUBLISHER_SCOPE = { all: false, partnerId: null, publisherId: 'pub-litware' };
const ALL = { all: true, partnerId: null, publisherId: null };

test('a statement parameter named scope does not replace the request scope', async () => {
  const db = new Neo4jExecutor(driver).forRequest({ scope: PUBLISHER_SCOPE, at: new Date() });
  // A publisher sees itself and no other publisher, whatever scope the statement's own parameters name.
  const seen = await db.read<{ publisher: { id: string } }>('publisher/find-publishers-by-ids', { ids: ['pub-litware', 'pub-microsoft'], scope: ALL });
  expect(seen.map((r) => r.publisher.id)).toEqual(['pub-litware']);
  const everything = new Neo4jExecutor(driver).forRequest({ scope: ALL, at: new Date() });
  const all = await everything.read<{ publisher: { id: string } }>('publisher/find-publishers-by-ids', { ids: ['pub-litware', 'pub-microsoft'], scope: PUBLISHER_SCOPE });
  expect(all.map((r) => r.publisher.id).sort()).toEqual(['pub-litware', 'pub-microsoft']);
});

test("a statement's own $at replaces the request's moment", async () => {
  const db = new Neo4jExecutor(driver).forRequest({ scope: ALL, at: new Date() });
  // Before any subscription began, the sample customer holds none.
  const then = await db.read('subscription/find-subscriptions-by-customer-ids', { ids: ['cust-contoso'], at: new Date('2000-01-01T00:00:00Z') });
  const now = await db.read('subscription/find-subscriptions-by-customer-ids', { ids: ['cust-contoso'] });
  expect(then).toEqual([{ subscriptions: [], offers: [] }]);
  expect(now[0].subscriptions.length).toBeGreaterThan(0);
});

test('a request moment moved forward reaches the reads that follow', async () => {
  const moment = new RequestMoment(new Date('2000-01-01T00:00:00Z'));
  const db = new Neo4jExecutor(driver).forRequest({ scope: ALL, at: moment });
  const before = await db.read('subscription/find-subscriptions-by-customer-ids', { ids: ['cust-contoso'] });
  moment.advanceTo(new Date());
  moment.advanceTo(new Date('2001-01-01T00:00:00Z'));
  const after = await db.read('subscription/find-subscriptions-by-customer-ids', { ids: ['cust-contoso'] });
  expect(before[0].subscriptions).toEqual([]);
  expect(after[0].subscriptions.length).toBeGreaterThan(0);
});
