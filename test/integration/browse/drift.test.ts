import { deleteTestData, openTestGraph, TestGraph, testCaller, testIdPrefix } from '../../support/test-graph';
import { Role } from '../../../src/auth/roles';

/**
 * Two answers that once differed because a rule was copied instead of shared: the subscription
 * pages left `startedAt` out of their projection (a masked INTERNAL_SERVER_ERROR inside any
 * subscription connection), and a lookup by id scoped by any relationship ever while the lists
 * scoped by the relationships in force. Both now come from the same Cypher fragments.
 */
const P = testIdPrefix();
const id = (name: string) => `${P}${name}`;

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
  const ok = async (query: string, variables: Record<string, unknown>) => {
    const res = await graph.execute(query, variables);
    expect(res.errors).toBeUndefined();
  };
  await ok(`mutation ($i: PartnerInput!) { upsertPartner(input: $i) { id } }`, { i: { id: id('former'), name: 'Former Partner', kind: 'DIRECT' } });
  await ok(`mutation ($i: PartnerInput!) { upsertPartner(input: $i) { id } }`, { i: { id: id('current'), name: 'Current Partner', kind: 'DIRECT' } });
  await ok(`mutation ($i: CustomerInput!) { upsertCustomer(input: $i) { id } }`, { i: { id: id('cust'), name: 'Moved Customer' } });
  const record = `mutation ($i: RecordSubscriptionInput!) { recordSubscription(input: $i) { id } }`;
  await ok(record, { i: { id: id('sub'), customerId: id('cust'), offerId: 'off-litware-siem', partnerId: id('former'), effectiveAt: '2023-01-01T00:00:00Z' } });
  await ok(record, { i: { id: id('sub'), customerId: id('cust'), offerId: 'off-litware-siem', partnerId: id('current'), effectiveAt: '2024-01-01T00:00:00Z' } });
});
afterAll(async () => {
  await deleteTestData(graph.db, P);
  await graph.close();
});

test('startedAt inside every subscription connection answers as subscription(id) does', async () => {
  const run = async (query: string) => {
    const res = await graph.execute(query);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const top = await run(`{ subscriptions(first: 60) { edges { node { id startedAt } } } subscription(id: "sub-001") { id startedAt } }`);
  const listed = top.subscriptions.edges.map((e: any) => e.node);
  expect(listed.length).toBeGreaterThan(30);
  expect(listed.every((s: any) => typeof s.startedAt === 'string')).toBe(true);
  expect(listed.find((s: any) => s.id === 'sub-001').startedAt).toBe(top.subscription.startedAt);
  const byCustomer = await run(`{ customers(first: 10) { edges { node { subscriptionsConnection(first: 5) { edges { node { id startedAt } } } } } } }`);
  const nested = byCustomer.customers.edges.flatMap((e: any) => e.node.subscriptionsConnection.edges.map((x: any) => x.node));
  expect(nested.length).toBeGreaterThan(10);
  expect(listed).toEqual(expect.arrayContaining(nested));
  const byOffer = await run(`{ offer(id: "off-litware-siem") { subscriptions(first: 20) { edges { node { id startedAt } } } } }`);
  expect(byOffer.offer.subscriptions.edges.length).toBeGreaterThan(0);
  expect(byOffer.offer.subscriptions.edges.every((e: any) => typeof e.node.startedAt === 'string')).toBe(true);
});

test('a partner the subscription moved away from no longer reads it, by id as in lists', async () => {
  const former = testCaller([Role.ADMIN_AGENT], { partnerId: id('former') });
  const current = testCaller([Role.ADMIN_AGENT], { partnerId: id('current') });
  const query = `query ($id: ID!) { subscription(id: $id) { id partnerOfRecord { id } } subscriptions(first: 10) { totalCount } }`;
  const asFormer = await graph.execute(query, { id: id('sub') }, former);
  expect(asFormer.errors).toBeUndefined();
  expect(asFormer.data).toEqual({ subscription: null, subscriptions: { totalCount: 0 } });
  const asCurrent = await graph.execute(query, { id: id('sub') }, current);
  expect(asCurrent.data).toEqual({ subscription: { id: id('sub'), partnerOfRecord: { id: id('current') } }, subscriptions: { totalCount: 1 } });
});
