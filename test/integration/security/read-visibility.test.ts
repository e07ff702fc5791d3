import { Role } from '../../../src/auth/roles';
import { openTestGraph, TestGraph, testCaller } from '../../support/test-graph';

// Issue 10, items 10 and 11: one visibility rule for a partner wherever it appears.
const TAILSPIN = testCaller([Role.ADMIN_AGENT], { partnerId: 'ptr-tailspin' });
const LITWARE = testCaller([Role.PUBLISHER_ADMIN], { publisherId: 'pub-litware' });
let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph.close();
});

test('item 10: the partner of record of a subscription the caller supports as designated reseller is readable', async () => {
  // sub-027 is Coho's (through Adatum); Tailspin is its designated support contact.
  const res = await graph.execute('{ subscription(id: "sub-027") { partnerOfRecord { id name } designatedSupport { id } } }', {}, TAILSPIN);
  expect(res.errors).toBeUndefined();
  expect(res.data).toEqual({ subscription: { partnerOfRecord: { id: 'ptr-coho', name: expect.any(String) }, designatedSupport: { id: 'ptr-tailspin' } } });
  const page = await graph.execute('{ customers(first: 50) { edges { node { subscriptions { partnerOfRecord { id } } } } } }', {}, TAILSPIN);
  expect(page.errors).toBeUndefined();
  expect(page.data).not.toBeNull();
});

test.each([
  ['a reseller', TAILSPIN, '{ outageImpact(publisherId: "pub-microsoft") { partners(first: 100) { edges { node { partner { id name } } } } } }'],
  ['a publisher', LITWARE, '{ outageImpact(publisherId: "pub-litware") { partners(first: 100) { edges { node { partner { id name } } } } } }'],
])('item 11: every partner an outage lists to %s, partner(id) shows it too', async (_who, caller, query) => {
  const outage = await graph.execute(query, {}, caller);
  expect(outage.errors).toBeUndefined();
  const listed = outage.data!.outageImpact.partners.edges.map((e: any) => e.node.partner);
  expect(listed.length).toBeGreaterThan(0);
  for (const partner of listed) {
    const one = await graph.execute(`{ partner(id: "${partner.id}") { id name } }`, {}, caller);
    expect([partner.id, one.data!.partner]).toEqual([partner.id, partner]);
  }
});
