import { readSampleGraph } from '../../../src/graph/seed-loader';
import { everySampleScope, openTestGraph, TestGraph } from '../../support/test-graph';

/**
 * The outage statements find what an outage reaches from where the caller's scope makes it few
 * (cypher/fragments/outage-holders.cypher): a partner's own subscriptions, a publisher's own
 * offers. Whatever the scope, they must find exactly what the scoping rule lets it see
 * (@visible-subscription over every holder): checked here for every partner and publisher of the
 * sample graph, an analyst and a caller of no organisation, on each publisher's offers and on all
 * offers at once. A change to the rule that the outage's shortcuts miss fails here.
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

const sample = readSampleGraph();
const outages = [
  ...sample.publishers.map((pub) => sample.offers.filter((o) => o.publisherId === pub.id).map((o) => o.id)),
  sample.offers.map((o) => o.id),
];

interface Holders {
  subscriptionIds: string[];
  customerIds: string[];
}

interface ByRule extends Holders {
  partnerIds: string[];
}

test.each(everySampleScope())(
  'under the scope of %s, an outage reaches exactly what the scoping rule lets it see, each subscription once',
  async (_name, scope) => {
    let seen = 0;
    for (const offerIds of outages) {
      const db = graph.db.forRequest({ scope, at: new Date() });
      const [found] = await db.read<Holders>('test-support/outage-holders', { offerIds });
      const [byRule] = await db.read<ByRule>('test-support/outage-holders-by-rule', { offerIds });
      expect([...found.subscriptionIds].sort()).toEqual([...byRule.subscriptionIds].sort());
      expect([...found.customerIds].sort()).toEqual([...byRule.customerIds].sort());
      seen += found.subscriptionIds.length;
    }
    // Every scope but a caller of no organisation's sees something.
    if (scope.all || scope.partnerId || scope.publisherId) expect(seen).toBeGreaterThan(0);
  },
);

// The outage's partner page, likewise: exactly the partners linked to a holder the rule lets the
// scope see, each kept when @visible-partner does.
test.each(everySampleScope())('under the scope of %s, the outage lists exactly the partners the scoping rule lets it see', async (_name, scope) => {
  for (const offerIds of outages) {
    const db = graph.db.forRequest({ scope, at: new Date() });
    const [page] = await db.read<{ totalCount: number; nodes: Array<{ partner: { id: string } }> }>('outage/page-outage-partners', {
      offerIds,
      after: null,
      limit: 1000,
    });
    const [byRule] = await db.read<ByRule>('test-support/outage-holders-by-rule', { offerIds });
    expect(page.nodes.map((n) => n.partner.id).sort()).toEqual([...byRule.partnerIds].sort());
    expect(Number(page.totalCount)).toBe(byRule.partnerIds.length);
  }
});
