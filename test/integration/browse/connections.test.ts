import { readSampleGraph } from '../../../src/graph/seed-loader';
import { openTestGraph, TestGraph } from '../../support/test-graph';

/** The sample graph, read independently of the service, as the oracle for filters. */
const sample = readSampleGraph();
const ids = <T extends { id: string }>(rows: T[]) => rows.map((r) => r.id).sort();
const publisherOf = (offerId: string) => sample.offers.find((o) => o.id === offerId)!.publisherId;
const isMicrosoft = (publisherId: string) => sample.publishers.find((p) => p.id === publisherId)!.isMicrosoft === true;
const kindOf = (partnerId: string) => sample.partners.find((p) => p.id === partnerId)!.kind;
const customersServedBy = (partnerId: string) =>
  [...new Set(sample.subscriptions.filter((s) => s.partnerId === partnerId || s.providerId === partnerId).map((s) => s.customerId))].sort();

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph.close();
});

/** Follows `pageInfo.endCursor` to the end; returns every id seen and the totalCount of each page. */
async function pageThrough(query: string, pick: (data: any) => any, variables: Record<string, unknown> = {}) {
  const seen: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (;;) {
    const res: any = await graph.execute(query, { ...variables, after });
    expect(res.errors).toBeUndefined();
    const connection = pick(res.data);
    seen.push(...connection.edges.map((e: any) => e.node.id));
    totals.add(connection.totalCount);
    if (!connection.pageInfo.hasNextPage) return { seen, totals: [...totals] };
    after = connection.pageInfo.endCursor;
  }
}

const PAGE = 'totalCount edges { node { id } } pageInfo { hasNextPage endCursor }';

describe('top-level connections', () => {
  test.each([
    ['partners', sample.partners],
    ['publishers', sample.publishers],
    ['offers', sample.offers],
    ['subscriptions', sample.subscriptions],
  ] as const)('paging through %s 3 at a time reaches each exactly once, in id order', async (field, rows) => {
    const { seen, totals } = await pageThrough(`query ($after: String) { ${field}(first: 3, after: $after) { ${PAGE} } }`, (d) => d[field]);
    expect(seen).toEqual(ids([...rows]));
    expect(totals).toEqual([rows.length]);
  });

  test('a filtered list pages through exactly its matches, with their count', async () => {
    const { seen, totals } = await pageThrough(
      `query ($after: String) { customersMatching(filter: { servedByPartnerId: "ptr-woodgrove" }, first: 2, after: $after) { ${PAGE} } }`,
      (d) => d.customersMatching,
    );
    expect(seen).toEqual(['cust-cpandl', 'cust-graphic', 'cust-margie', 'cust-nod', 'cust-tasmanian', 'cust-vanarsdel']);
    expect(seen).toEqual(customersServedBy('ptr-woodgrove'));
    expect(totals).toEqual([6]);
  });

  test('first past the maximum and a forged cursor are BAD_USER_INPUT, on every list', async () => {
    for (const field of ['partners', 'publishers', 'offers', 'subscriptions']) {
      const tooMany = await graph.execute(`{ ${field}(first: 101) { totalCount } }`);
      expect(tooMany.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first', max: 100 });
      const forged = await graph.execute(`{ ${field}(after: "bm90LW91cnM") { totalCount } }`);
      expect(forged.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});

describe('filters find what they should and nothing else', () => {
  const list = async (field: string, filter: string) => {
    const res = await graph.execute(`{ ${field}(filter: ${filter}, first: 100) { totalCount edges { node { id } } } }`);
    expect(res.errors).toBeUndefined();
    const ids = res.data![field].edges.map((e: any) => e.node.id);
    expect(res.data![field].totalCount).toBe(ids.length);
    return ids;
  };

  test('name contains, case-insensitive', async () => {
    expect(await list('partners', '{ nameContains: "DISTRIB" }')).toEqual(['ptr-adatum', 'ptr-woodgrove']);
    expect(await list('offers', '{ nameContains: "proseware" }')).toEqual(['off-proseware-archive', 'off-proseware-backup']);
    expect(await list('publishers', '{ nameContains: "tre" }')).toEqual(['pub-trey']);
    expect(await list('customersMatching', '{ nameContains: "ltd" }')).toEqual(['cust-contoso', 'cust-vanarsdel']);
    expect(await list('partners', '{ nameContains: "no such partner" }')).toEqual([]);
  });

  test('partner kind', async () => {
    for (const kind of ['DIRECT', 'INDIRECT_PROVIDER', 'INDIRECT_RESELLER']) {
      expect(await list('partners', `{ kind: ${kind} }`)).toEqual(ids(sample.partners.filter((p) => p.kind === kind)));
    }
    expect(await list('partners', '{ kind: INDIRECT_RESELLER, nameContains: "I" }')).toEqual(['ptr-alpine', 'ptr-northwind', 'ptr-tailspin']);
  });

  test('Microsoft versus third party', async () => {
    expect(await list('publishers', '{ isMicrosoft: true }')).toEqual(['pub-microsoft']);
    expect(await list('publishers', '{ isMicrosoft: false }')).toEqual(ids(sample.publishers.filter((p) => !p.isMicrosoft)));
    expect(await list('offers', '{ category: FIRST_PARTY }')).toEqual(['off-azure-plan', 'off-d365-bc', 'off-m365-e3']);
    expect(await list('offers', '{ category: THIRD_PARTY }')).toEqual(ids(sample.offers.filter((o) => !isMicrosoft(o.publisherId))));
  });

  test('publisher', async () => {
    expect(await list('offers', '{ publisherId: "pub-litware" }')).toEqual(['off-litware-firewall', 'off-litware-siem']);
    const litwareCustomers = [...new Set(sample.subscriptions.filter((s) => publisherOf(s.offerId) === 'pub-litware').map((s) => s.customerId))].sort();
    expect(await list('customersMatching', '{ publisherId: "pub-litware" }')).toEqual(litwareCustomers);
  });

  test("a partner's whole downstream: a provider's resellers' customers, a reseller's own", async () => {
    for (const partnerId of ['ptr-adatum', 'ptr-woodgrove', 'ptr-tailspin', 'ptr-fabrikam']) {
      expect(await list('customersMatching', `{ servedByPartnerId: "${partnerId}" }`)).toEqual(customersServedBy(partnerId));
    }
    expect(await list('customersMatching', '{ servedByPartnerId: "ptr-tailspin", nameContains: "t" }')).toEqual([
      'cust-margie', 'cust-tasmanian', 'cust-wideworld',
    ]);
  });

  test('subscriptions by sales model, offer category, customer, offer, publisher and partner', async () => {
    const subs = sample.subscriptions;
    const indirect = (s: (typeof subs)[number]) => kindOf(s.partnerId) === 'INDIRECT_RESELLER';
    expect(await list('subscriptions', '{ salesModel: INDIRECT }')).toEqual(ids(subs.filter(indirect)));
    expect(await list('subscriptions', '{ salesModel: DIRECT, offerCategory: FIRST_PARTY }')).toEqual(
      ids(subs.filter((s) => !indirect(s) && isMicrosoft(publisherOf(s.offerId)))),
    );
    expect(await list('subscriptions', '{ customerId: "cust-nod" }')).toEqual(['sub-025', 'sub-026']);
    expect(await list('subscriptions', '{ offerId: "off-litware-siem", salesModel: DIRECT }')).toEqual(['sub-020', 'sub-032']);
    expect(await list('subscriptions', '{ publisherId: "pub-trey" }')).toEqual(ids(subs.filter((s) => publisherOf(s.offerId) === 'pub-trey')));
    expect(await list('subscriptions', '{ servedByPartnerId: "ptr-woodgrove" }')).toEqual(ids(subs.filter((s) => s.providerId === 'ptr-woodgrove')));
  });
});

describe('connections on nodes', () => {
  test("a partner's customers, resellers and providers", async () => {
    const res = await graph.execute(/* GraphQL */ `{
      adatum: partner(id: "ptr-adatum") {
        customers(first: 100) { totalCount edges { node { id } } }
        resellers { totalCount edges { node { id kind } } }
        providers { totalCount }
      }
      tailspin: partner(id: "ptr-tailspin") { providers { totalCount edges { node { id } } } resellers { totalCount } }
    }`);
    expect(res.errors).toBeUndefined();
    const { adatum, tailspin } = res.data!;
    expect(adatum.customers.edges.map((e: any) => e.node.id)).toEqual(customersServedBy('ptr-adatum'));
    expect(adatum.customers.totalCount).toBe(customersServedBy('ptr-adatum').length);
    expect(adatum.resellers).toEqual({
      totalCount: 3,
      edges: ['ptr-coho', 'ptr-northwind', 'ptr-tailspin'].map((id) => ({ node: { id, kind: 'INDIRECT_RESELLER' } })),
    });
    expect(adatum.providers.totalCount).toBe(0);
    expect(tailspin.providers).toEqual({ totalCount: 2, edges: [{ node: { id: 'ptr-adatum' } }, { node: { id: 'ptr-woodgrove' } }] });
    expect(tailspin.resellers.totalCount).toBe(0);
  });

  test.each([
    ['Partner.customers', 'partner(id: "ptr-adatum") { list: customers', customersServedBy('ptr-adatum')],
    ['Partner.resellers', 'partner(id: "ptr-adatum") { list: resellers', ['ptr-coho', 'ptr-northwind', 'ptr-tailspin']],
    ['Publisher.offersConnection', 'publisher(id: "pub-microsoft") { list: offersConnection', ['off-azure-plan', 'off-d365-bc', 'off-m365-e3']],
    ['Offer.subscriptions', 'offer(id: "off-m365-e3") { list: subscriptions', ids(sample.subscriptions.filter((s) => s.offerId === 'off-m365-e3'))],
    ['Customer.subscriptionsConnection', 'customer(id: "cust-bluey") { list: subscriptionsConnection', ['sub-011', 'sub-012', 'sub-013']],
  ])('%s pages 2 at a time through every item exactly once', async (_name, head, expected) => {
    const { seen, totals } = await pageThrough(`query ($after: String) { parent: ${head}(first: 2, after: $after) { ${PAGE} } } }`, (d) => d.parent.list);
    expect(seen).toEqual(expected);
    expect(totals).toEqual([expected.length]);
  });

  test('a list of parents gets each its own page with the same arguments', async () => {
    const res = await graph.execute(`{ partners(filter: { kind: INDIRECT_PROVIDER }) { edges { node { id resellers(first: 1) { totalCount edges { node { id } } pageInfo { hasNextPage } } } } } }`);
    expect(res.data!.partners.edges.map((e: any) => e.node)).toEqual([
      { id: 'ptr-adatum', resellers: { totalCount: 3, edges: [{ node: { id: 'ptr-coho' } }], pageInfo: { hasNextPage: true } } },
      { id: 'ptr-woodgrove', resellers: { totalCount: 2, edges: [{ node: { id: 'ptr-alpine' } }], pageInfo: { hasNextPage: true } } },
    ]);
  });

  test('subscriptions in a connection carry the same fields as the plain list', async () => {
    const res = await graph.execute(`{ customer(id: "cust-tasmanian") {
      subscriptions { id salesModel partnerOfRecord { id } indirectProvider { id } offer { id } customer { id } designatedSupport { id } }
      subscriptionsConnection { edges { node { id salesModel partnerOfRecord { id } indirectProvider { id } offer { id } customer { id } designatedSupport { id } } } }
    } }`);
    const { subscriptions, subscriptionsConnection } = res.data!.customer;
    expect(subscriptionsConnection.edges.map((e: any) => e.node)).toEqual(subscriptions);
    expect(subscriptions).toHaveLength(2);
  });

  test('first past the maximum on a node connection is BAD_USER_INPUT', async () => {
    const res = await graph.execute(`{ partner(id: "ptr-adatum") { customers(first: 500) { totalCount } } }`);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
