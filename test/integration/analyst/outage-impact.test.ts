import { deleteTestData, openTestGraph, plantGraph, TestGraph, testIdPrefix } from '../../support/test-graph';

let graph: TestGraph;
const p = testIdPrefix();
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await deleteTestData(graph.db, p);
  await graph.close();
});

const IMPACT = /* GraphQL */ `
  query ($publisherId: ID, $offerId: ID, $first: Int, $after: String) {
    outageImpact(publisherId: $publisherId, offerId: $offerId) {
      publisher { id }
      offers { id }
      affectedCustomerCount
      affectedSubscriptionCount
      partners(first: $first, after: $after) {
        totalCount
        edges { node { partner { id } roles affectedCustomerCount affectedSubscriptionCount contacts { email } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
`;
const impact = async (vars: Record<string, unknown>) => {
  const res = await graph.execute(IMPACT, { first: 100, ...vars });
  expect(res.errors).toBeUndefined();
  const { partners, ...rest } = res.data!.outageImpact;
  expect(partners.totalCount).toBe(partners.edges.length);
  const rows = partners.edges.map((e: any) => [e.node.partner.id, e.node.roles, e.node.affectedCustomerCount, e.node.affectedSubscriptionCount]);
  return { ...rest, rows, nodes: partners.edges.map((e: any) => e.node) };
};

test("a Litware outage: every partner of its 7 subscriptions, providers included, by impact (hand count from seeds/)", async () => {
  // firewall: sub-002 Contoso/Fabrikam, sub-011 Blue Yonder/Coho via Adatum, sub-025 Nod/Tailspin via Woodgrove, sub-026 Nod/Fabrikam
  // SIEM:     sub-007 Wide World/Tailspin via Adatum, sub-020 Humongous/Fabrikam, sub-032 VanArsdel/Relecloud
  const res = await impact({ publisherId: 'pub-litware' });
  expect(res.publisher).toEqual({ id: 'pub-litware' });
  expect(res.offers).toEqual([{ id: 'off-litware-firewall' }, { id: 'off-litware-siem' }]);
  expect([res.affectedCustomerCount, res.affectedSubscriptionCount]).toEqual([6, 7]);
  expect(res.rows).toEqual([
    ['ptr-fabrikam', ['DIRECT_PARTNER'], 3, 3],
    ['ptr-adatum', ['INDIRECT_PROVIDER'], 2, 2],
    ['ptr-tailspin', ['INDIRECT_RESELLER'], 2, 2],
    ['ptr-coho', ['INDIRECT_RESELLER'], 1, 1],
    ['ptr-relecloud', ['DIRECT_PARTNER'], 1, 1],
    ['ptr-woodgrove', ['INDIRECT_PROVIDER'], 1, 1],
  ]);
  expect(res.nodes[0].contacts).toEqual([{ email: 'support@fabrikam.example' }]);
});

test('one offer only; its designated support contact must hear of it too', async () => {
  // Trey Forecast: sub-003 Contoso/Fabrikam, sub-014 City Power/Alpine via Woodgrove,
  // sub-027 Southridge/Coho via Adatum with Tailspin as designated support contact.
  const res = await impact({ offerId: 'off-trey-forecast' });
  expect(res.publisher).toEqual({ id: 'pub-trey' });
  expect(res.offers).toEqual([{ id: 'off-trey-forecast' }]);
  expect([res.affectedCustomerCount, res.affectedSubscriptionCount]).toEqual([3, 3]);
  expect(res.rows).toEqual([
    ['ptr-adatum', ['INDIRECT_PROVIDER'], 1, 1],
    ['ptr-alpine', ['INDIRECT_RESELLER'], 1, 1],
    ['ptr-coho', ['INDIRECT_RESELLER'], 1, 1],
    ['ptr-fabrikam', ['DIRECT_PARTNER'], 1, 1],
    ['ptr-tailspin', ['DESIGNATED_SUPPORT'], 1, 1],
    ['ptr-woodgrove', ['INDIRECT_PROVIDER'], 1, 1],
  ]);
});

describe('planted data', () => {
  beforeAll(async () => {
    await plantGraph(graph.db, {
      publishers: [{ id: `${p}pub-isv`, name: 'Planted ISV' }],
      offers: [
        { id: `${p}off-1`, name: 'Planted One', publisherId: `${p}pub-isv`, offerType: 'SAAS' },
        { id: `${p}off-2`, name: 'Planted Two', publisherId: `${p}pub-isv`, offerType: 'SAAS' },
      ],
      partners: [
        { id: `${p}ptr-prov`, name: 'Planted Provider', kind: 'INDIRECT_PROVIDER' },
        { id: `${p}ptr-r1`, name: 'Planted Reseller 1', kind: 'INDIRECT_RESELLER' },
        { id: `${p}ptr-r2`, name: 'Planted Reseller 2', kind: 'INDIRECT_RESELLER' },
        { id: `${p}ptr-d1`, name: 'Planted Direct', kind: 'DIRECT' },
      ],
      resellerLinks: [
        { resellerId: `${p}ptr-r1`, providerId: `${p}ptr-prov` },
        { resellerId: `${p}ptr-r2`, providerId: `${p}ptr-prov` },
      ],
      customers: [1, 2, 3, 4, 5].map((i) => ({ id: `${p}cust-${i}`, name: `Planted Customer ${i}` })),
      subscriptions: [
        { id: `${p}sub-1`, customerId: `${p}cust-1`, offerId: `${p}off-1`, partnerId: `${p}ptr-r1`, providerId: `${p}ptr-prov` },
        { id: `${p}sub-2`, customerId: `${p}cust-1`, offerId: `${p}off-2`, partnerId: `${p}ptr-r1`, providerId: `${p}ptr-prov` },
        { id: `${p}sub-3`, customerId: `${p}cust-2`, offerId: `${p}off-1`, partnerId: `${p}ptr-r2`, providerId: `${p}ptr-prov` },
        { id: `${p}sub-4`, customerId: `${p}cust-3`, offerId: `${p}off-2`, partnerId: `${p}ptr-d1` },
        { id: `${p}sub-5`, customerId: `${p}cust-4`, offerId: `${p}off-1`, partnerId: `${p}ptr-d1` },
        // Another publisher's offer: not part of this outage.
        { id: `${p}sub-6`, customerId: `${p}cust-5`, offerId: 'off-m365-e3', partnerId: `${p}ptr-r2`, providerId: `${p}ptr-prov` },
      ],
      supportDesignations: [{ subscriptionId: `${p}sub-3`, resellerId: `${p}ptr-r1` }],
    });
  });

  test('counts equal a hand count: distinct customers and subscriptions per partner, every role it plays', async () => {
    const res = await impact({ publisherId: `${p}pub-isv` });
    expect([res.affectedCustomerCount, res.affectedSubscriptionCount]).toEqual([4, 5]);
    expect(res.rows).toEqual([
      [`${p}ptr-prov`, ['INDIRECT_PROVIDER'], 2, 3], // sub-1, sub-2 (customer 1), sub-3 (customer 2)
      [`${p}ptr-r1`, ['INDIRECT_RESELLER', 'DESIGNATED_SUPPORT'], 2, 3], // sold sub-1, sub-2; designated on sub-3
      [`${p}ptr-d1`, ['DIRECT_PARTNER'], 2, 2], // sub-4, sub-5
      [`${p}ptr-r2`, ['INDIRECT_RESELLER'], 1, 1], // sub-3 (sub-6 is another publisher's)
    ]);

    const one = await impact({ offerId: `${p}off-2` });
    expect([one.affectedCustomerCount, one.affectedSubscriptionCount]).toEqual([2, 2]);
    expect(one.rows).toEqual([
      [`${p}ptr-d1`, ['DIRECT_PARTNER'], 1, 1],
      [`${p}ptr-prov`, ['INDIRECT_PROVIDER'], 1, 1],
      [`${p}ptr-r1`, ['INDIRECT_RESELLER'], 1, 1],
    ]);
  });

  test('paging one partner at a time keeps the impact order', async () => {
    const all = (await impact({ publisherId: `${p}pub-isv` })).rows.map((r: any[]) => r[0]);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await graph.execute(IMPACT, { publisherId: `${p}pub-isv`, first: 1, after });
      const partners = res.data.outageImpact.partners;
      seen.push(...partners.edges.map((e: any) => e.node.partner.id));
      if (!partners.pageInfo.hasNextPage) break;
      after = partners.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });
});

describe('errors', () => {
  test.each([
    [{}, 'BAD_USER_INPUT', 'publisherId'],
    [{ publisherId: 'pub-litware', offerId: 'off-litware-siem' }, 'BAD_USER_INPUT', 'offerId'],
    [{ publisherId: 'pub-nobody' }, 'NOT_FOUND', 'publisherId'],
    [{ offerId: 'off-nothing' }, 'NOT_FOUND', 'offerId'],
  ])('%j: %s', async (vars, code, field) => {
    const res = await graph.execute(IMPACT, vars);
    expect(res.errors![0].extensions).toMatchObject({ code, field });
  });

  test('a cursor of another list is BAD_USER_INPUT', async () => {
    const gaps = await graph.execute(`{ supportGaps(first: 1) { pageInfo { endCursor } } }`);
    const res = await graph.execute(IMPACT, { publisherId: 'pub-litware', after: gaps.data!.supportGaps.pageInfo.endCursor });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
