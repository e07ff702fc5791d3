import type { SampleGraph } from '../../../src/graph/seed-loader';
import { deleteTestData, openTestGraph, plantGraph, TestGraph, testIdPrefix } from '../../support/test-graph';

/**
 * No N+1: each query below costs a fixed number of Cypher round trips (statements run), at most
 * one per level of the query, however many items each level holds, all in one read transaction.
 * What only decorates a record (contacts, an offer's publisher) comes with the record's own
 * statement. Counted on the sample graph, then again after the test adds customers,
 * subscriptions, partners and gaps.
 */
let graph: TestGraph;
const p = testIdPrefix();
beforeAll(async () => {
  // The default limits: the cost model (src/schema/common/cost-model.ts) admits these queries.
  graph = await openTestGraph();
});
afterAll(async () => {
  await deleteTestData(graph.db, p);
  await graph.close();
});

async function run(query: string): Promise<{ statements: string[]; transactions: number; data: any }> {
  const statements: string[] = [];
  const transactions = new Set<number>();
  const stop = graph.db.onQuery((event) => {
    statements.push(event.statement);
    transactions.add(event.transaction);
  });
  try {
    const res = await graph.execute(query);
    expect(res.errors).toBeUndefined();
    return { statements, transactions: transactions.size, data: res.data };
  } finally {
    stop();
  }
}

const QUERIES = {
  // A customer's subscriptions come with their offers, publishers and both their contacts.
  customerTree: {
    // The page reads its customers' subscriptions with them when the query asks for them.
    query: `{ customers(first: 50) { edges { node { subscriptions { offer { contacts { email } publisher { contacts { email } } } } } } } }`,
    statements: ['customer/page-customers-with-subscriptions'],
  },
  customerTreeOfConnections: {
    query: `{ customers(first: 50) { edges { node { subscriptionsConnection(first: 10) { totalCount edges { node {
      offer { publisher { contacts { email } } } } } } } } } }`,
    statements: ['customer/page-customers', 'subscription/page-subscriptions-by-customer-ids', 'offer/find-offers-with-publishers-by-ids'],
  },
  // One customer's subscriptions with partner and publisher contacts: the contacts of both levels
  // come with the partners and the offers.
  customerWithContacts: {
    query: `{ customer(id: "cust-contoso") { subscriptions { partnerOfRecord { name contacts { email } }
      offer { publisher { name contacts { email } } } } } }`,
    statements: [
      'customer/find-customers-by-ids',
      'subscription/find-subscriptions-by-customer-ids',
      'partner/find-partners-with-contacts-by-ids',
    ],
  },
  partnerTree: {
    query: `{ partners(first: 100) { edges { node { id
      resellers(first: 5) { totalCount edges { node { id } } }
      customers(first: 5) { totalCount edges { node { subscriptionsConnection(first: 5) { edges { node { offer { name } } } } } } } } } } }`,
    statements: [
      'partner/page-partners',
      'partner/page-resellers-by-provider-ids',
      'customer/page-customers-by-partner-ids',
      'subscription/page-subscriptions-by-customer-ids',
      'offer/find-offers-with-publishers-by-ids',
    ],
  },
  supportOverview: {
    query: `{ customers(first: 50) { edges { node { supportOverview(issueType: OUTAGE) { steps { party { id name } contacts { email } } } } } } }`,
    statements: [
      'customer/page-customers-with-subscriptions',
      // With every party's contacts. No 'unscoped/support-matrix/find-support-rules': the matrix
      // is read once, then kept (warmed below).
      'support-path/find-path-parties',
    ],
  },
  supportPath: {
    query: `{ supportPath(customerId: "cust-contoso", offerId: "off-litware-firewall", issueType: OUTAGE) {
      customer { name } steps { party { id name } contacts { email } } } }`,
    statements: ['support-path/find-support-path'],
  },
  outageImpact: {
    query: `{ outageImpact(publisherId: "pub-litware") { affectedCustomerCount publisher { name } offers { id name }
      partners(first: 100) { totalCount edges { node { partner { id name kind } roles affectedCustomerCount contacts { email } } } } } }`,
    statements: ['outage/find-outage-scope', 'outage/page-outage-partners', 'unscoped/contact/find-contacts-by-owner-ids'],
  },
  supportGaps: {
    query: `{ supportGaps(first: 100) { totalCount edges { node { kind detail affectedCustomerCount
      entity { __typename ... on Offer { id name } ... on Partner { id name } ... on Subscription { id } } } } } }`,
    statements: [
      'support-gaps/page-support-gaps',
      'offer/find-offers-with-publishers-by-ids',
      'partner/find-partners-with-contacts-by-ids',
      'subscription/find-subscriptions-by-ids',
    ],
  },
};

/** 40 customers with 2 subscriptions each, resellers and providers, and new gaps of every kind. */
function moreData(): Partial<SampleGraph> {
  const customers = Array.from({ length: 40 }, (_, i) => ({ id: `${p}cust-${String(i).padStart(2, '0')}`, name: `Bulk customer ${i}` }));
  const providers = [0, 1].map((i) => ({ id: `${p}prov-${i}`, name: `Bulk provider ${i}`, kind: 'INDIRECT_PROVIDER' }));
  const resellers = [0, 1, 2, 3].map((i) => ({ id: `${p}res-${i}`, name: `Bulk reseller ${i}`, kind: 'INDIRECT_RESELLER' }));
  return {
    publishers: [{ id: `${p}pub`, name: 'Bulk ISV' }],
    offers: [{ id: `${p}off`, name: 'Bulk offer', publisherId: `${p}pub`, offerType: 'SAAS' }],
    partners: [...providers, ...resellers, { id: `${p}res-lonely`, name: 'Bulk lonely reseller', kind: 'INDIRECT_RESELLER' }],
    resellerLinks: resellers.map((r, i) => ({ resellerId: r.id, providerId: providers[i % 2].id })),
    customers,
    subscriptions: customers.flatMap((c, i) => [
      {
        id: `${c.id}-a`, customerId: c.id, offerId: i % 2 ? 'off-litware-firewall' : 'off-litware-siem',
        partnerId: resellers[i % 4].id, providerId: providers[i % 2].id,
      },
      { id: `${c.id}-b`, customerId: c.id, offerId: i % 3 ? `${p}off` : 'off-litware-siem', partnerId: 'ptr-fabrikam' },
    ]),
    // Resellers (i + 2) % 4 buy through the same provider as i % 4: a valid designation.
    supportDesignations: customers
      .filter((_, i) => i % 10 === 0)
      .map((c, k) => ({ subscriptionId: `${c.id}-a`, resellerId: resellers[(k * 10 + 2) % 4].id })),
    contacts: providers.slice(0, 1).map((prov) => ({ id: `${prov.id}-desk`, ownerId: prov.id, kind: 'SUPPORT_DESK', email: 'desk@bulk.example' })),
  };
}

test('every query costs the same round trips, one per level, before and after the graph grows', async () => {
  // The first path this instance assembles reads the matrix rules it needs; later ones reuse them.
  const warm = await run(QUERIES.supportOverview.query);
  expect(warm.statements).toContain('unscoped/support-matrix/find-support-rules');

  const before: Record<string, { statements: string[]; transactions: number; data: any }> = {};
  for (const [name, { query, statements }] of Object.entries(QUERIES)) {
    before[name] = await run(query);
    expect([name, [...before[name].statements].sort(), before[name].transactions]).toEqual([name, [...statements].sort(), 1]);
  }

  await plantGraph(graph.db, moreData());

  for (const [name, { query, statements }] of Object.entries(QUERIES)) {
    const after = await run(query);
    expect([name, [...after.statements].sort(), after.transactions]).toEqual([name, [...statements].sort(), 1]);
  }

  // The data did grow under those same counts.
  const outage = await run(QUERIES.outageImpact.query);
  expect(outage.data.outageImpact.affectedCustomerCount).toBe(before.outageImpact.data.outageImpact.affectedCustomerCount + 40);
  const gaps = await run(QUERIES.supportGaps.query);
  expect(gaps.data.supportGaps.totalCount).toBeGreaterThan(before.supportGaps.data.supportGaps.totalCount + 10);
  expect(new Set(gaps.data.supportGaps.edges.map((e: any) => e.node.kind)).size).toBe(4);
  const customers = await run(QUERIES.customerTree.query);
  expect(customers.data.customers.edges).toHaveLength(50);
});
