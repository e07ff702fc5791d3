import { deleteTestData, everySampleScope, openTestGraph, plantGraph, TestGraph, testIdPrefix } from '../../support/test-graph';

/**
 * A statement that tests many partners (supportGaps' partner gaps) asks whether the caller may see
 * each through @visible-partner-among, which reads a partner's co-parties once
 * (@scope-co-parties) instead of walking the caller's links for every partner. It must keep
 * exactly the partners the scoping rule (@visible-partner) keeps: checked for every partner and
 * publisher of the sample graph, an analyst and a caller of no organisation, now and at moments
 * before and after the sample's links changed.
 */
let graph: TestGraph;
const p = testIdPrefix();
// A reseller that buys through Adatum and sells nothing yet: Adatum and it see each other through
// BUYS_THROUGH alone (in the sample graph, every reseller also shares a subscription with its provider).
const newReseller = `${p}ptr-new-reseller`;
beforeAll(async () => {
  graph = await openTestGraph();
  await plantGraph(graph.db, {
    partners: [{ id: newReseller, name: 'New Reseller', kind: 'INDIRECT_RESELLER' }],
    resellerLinks: [{ resellerId: newReseller, providerId: 'ptr-adatum' }],
  });
});
afterAll(async () => {
  await deleteTestData(graph.db, p);
  await graph.close();
});

/** Now (after the plant above), and two moments of the sample graph's past. */
const moments = () => [new Date(), new Date('2024-06-01T00:00:00Z'), new Date('2020-01-01T00:00:00Z')];

test.each(everySampleScope([newReseller]))(
  'under the scope of %s, a statement testing many partners keeps those the scoping rule keeps',
  async (_name, scope) => {
    for (const at of moments()) {
      const db = graph.db.forRequest({ scope, at });
      const [byRule] = await db.read<{ partnerIds: string[] }>('test-support/visible-partners');
      const [among] = await db.read<{ partnerIds: string[] }>('test-support/visible-partners-among');
      expect([...among.partnerIds].sort()).toEqual([...byRule.partnerIds].sort());
    }
    if (scope.partnerId === newReseller) {
      const [now] = await graph.db.forRequest({ scope, at: new Date() }).read<{ partnerIds: string[] }>('test-support/visible-partners-among');
      expect([...now.partnerIds].sort()).toEqual(['ptr-adatum', newReseller].sort());
    }
  },
);
