import { Role } from '../../../src/auth/roles';
import { TestGraph, openTestGraph, testCaller } from '../../support/test-graph';

const caller = testCaller;

const CALLERS = {
  resellerA: caller([Role.ADMIN_AGENT], { partnerId: 'ptr-tailspin' }),
  resellerB: caller([Role.ADMIN_AGENT], { partnerId: 'ptr-coho' }),
  providerOfA: caller([Role.ADMIN_AGENT], { partnerId: 'ptr-adatum' }),
  direct: caller([Role.GLOBAL_ADMIN], { partnerId: 'ptr-fabrikam' }),
  publisher: caller([Role.PUBLISHER_ADMIN], { publisherId: 'pub-litware' }),
  analyst: caller([Role.ANALYST]),
  helpdeskOfA: caller([Role.HELPDESK_AGENT], { partnerId: 'ptr-tailspin' }),
  noOrganisation: caller([Role.ADMIN_AGENT]),
};
type Who = keyof typeof CALLERS;

/**
 * Counted by hand from seeds/sample-graph.json. Tailspin is also the designated support contact
 * of Southridge's sub-027 (sold by Coho through Adatum), so it sees that customer too.
 */
const VISIBLE_CUSTOMERS: Record<Who, string[]> = {
  resellerA: ['cust-margie', 'cust-nod', 'cust-southridge', 'cust-tasmanian', 'cust-wideworld'],
  resellerB: ['cust-bluey', 'cust-southridge'],
  providerOfA: ['cust-bluey', 'cust-lucerne', 'cust-southridge', 'cust-tasmanian', 'cust-wideworld'],
  direct: ['cust-contoso', 'cust-humongous', 'cust-nod'],
  publisher: ['cust-bluey', 'cust-contoso', 'cust-humongous', 'cust-nod', 'cust-vanarsdel', 'cust-wideworld'],
  analyst: [
    'cust-bluey', 'cust-contoso', 'cust-cpandl', 'cust-fourthcoffee', 'cust-graphic', 'cust-humongous', 'cust-lucerne',
    'cust-margie', 'cust-munson', 'cust-nod', 'cust-southridge', 'cust-tasmanian', 'cust-vanarsdel', 'cust-wideworld',
  ],
  helpdeskOfA: ['cust-margie', 'cust-nod', 'cust-southridge', 'cust-tasmanian', 'cust-wideworld'],
  noOrganisation: [],
};

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph.close();
});

const as = (who: Who, query: string, variables?: Record<string, unknown>) => graph.execute(query, variables, CALLERS[who]);

describe.each(Object.keys(CALLERS) as Who[])('%s', (who) => {
  test('customers: exactly the visible ones, and totalCount counts only those', async () => {
    const res = await as(who, '{ customers(first: 50) { totalCount edges { node { id } } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data!.customers.edges.map((e: any) => e.node.id)).toEqual(VISIBLE_CUSTOMERS[who]);
    expect(res.data!.customers.totalCount).toBe(VISIBLE_CUSTOMERS[who].length);
  });

  test('by id, an out-of-scope customer answers exactly like a missing one', async () => {
    const hidden = VISIBLE_CUSTOMERS.analyst.find((id) => !VISIBLE_CUSTOMERS[who].includes(id));
    if (!hidden) return expect(who).toBe('analyst');
    const res = await as(who, 'query ($a: ID!, $b: ID!) { hidden: customer(id: $a) { id } missing: customer(id: $b) { id } }', {
      a: hidden,
      b: 'cust-does-not-exist',
    });
    expect(res).toEqual({ data: { hidden: null, missing: null } });
  });
});

describe('subscriptions of a shared customer are split by partner', () => {
  test.each([
    ['resellerA', 'cust-nod', ['sub-025']],
    ['direct', 'cust-nod', ['sub-026']],
    ['providerOfA', 'cust-tasmanian', ['sub-029']],
    ['resellerA', 'cust-tasmanian', ['sub-029', 'sub-030']],
    ['resellerA', 'cust-southridge', ['sub-027']],
    ['resellerB', 'cust-southridge', ['sub-027', 'sub-028']],
    ['publisher', 'cust-humongous', ['sub-020']],
    ['analyst', 'cust-nod', ['sub-025', 'sub-026']],
  ] as Array<[Who, string, string[]]>)('%s sees %s → %j', async (who, customerId, subs) => {
    const res = await as(who, 'query ($id: ID!) { customer(id: $id) { subscriptions { id } } }', { id: customerId });
    expect(res.data!.customer.subscriptions.map((s: any) => s.id)).toEqual(subs);
  });
});

describe('support paths', () => {
  const PATH = 'query ($c: ID!, $o: ID!) { supportPath(customerId: $c, offerId: $o, issueType: BILLING) { subscription { id } } }';

  test('a reseller reads its own customer’s path, and an out-of-scope customer is NOT_FOUND like a missing one', async () => {
    const own = await as('resellerA', PATH, { c: 'cust-wideworld', o: 'off-litware-siem' });
    expect(own.data!.supportPath.subscription.id).toBe('sub-007');
    const other = await as('resellerA', PATH, { c: 'cust-bluey', o: 'off-litware-firewall' });
    const missing = await as('resellerA', PATH, { c: 'cust-nobody', o: 'off-litware-firewall' });
    expect(other.errors![0].extensions).toEqual(missing.errors![0].extensions);
    expect(other.errors![0].extensions).toEqual({ code: 'NOT_FOUND', field: 'customerId' });
  });

  test('a customer shared by two partners is not ambiguous for either: each sees its own subscription', async () => {
    const reseller = await as('resellerA', PATH, { c: 'cust-nod', o: 'off-litware-firewall' });
    expect(reseller.data!.supportPath.subscription.id).toBe('sub-025');
    const direct = await as('direct', PATH, { c: 'cust-nod', o: 'off-litware-firewall' });
    expect(direct.data!.supportPath.subscription.id).toBe('sub-026');
  });

  test('the provider reads paths of its resellers’ customers bought through it, not through the other provider', async () => {
    const through = await as('providerOfA', PATH, { c: 'cust-tasmanian', o: 'off-proseware-backup' });
    expect(through.data!.supportPath.subscription.id).toBe('sub-029');
    const elsewhere = await as('providerOfA', PATH, { c: 'cust-tasmanian', o: 'off-d365-bc' });
    expect(elsewhere.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  test.each(['helpdeskOfA', 'publisher'] as Who[])('%s may not read support paths at all: FORBIDDEN', async (who) => {
    const res = await as(who, PATH, { c: 'cust-wideworld', o: 'off-litware-siem' });
    expect(res.errors![0].extensions).toEqual({ code: 'FORBIDDEN' });
  });
});

describe('partners and publishers', () => {
  const PARTNERS = ['ptr-adatum', 'ptr-alpine', 'ptr-coho', 'ptr-fabrikam', 'ptr-northwind', 'ptr-relecloud', 'ptr-tailspin', 'ptr-woodgrove'];
  const visiblePartners = async (who: Who) => {
    const res = await as(who, `{ ${PARTNERS.map((id, i) => `p${i}: partner(id: "${id}") { id }`).join(' ')} }`);
    return Object.values(res.data!).filter(Boolean).map((p: any) => p.id).sort();
  };

  test.each([
    // ptr-coho: the partner of record of sub-027, which Tailspin supports as designated reseller (issue 10, items 10–11).
    ['resellerA', ['ptr-adatum', 'ptr-coho', 'ptr-tailspin', 'ptr-woodgrove']],
    ['providerOfA', ['ptr-adatum', 'ptr-coho', 'ptr-northwind', 'ptr-tailspin']],
    ['direct', ['ptr-fabrikam']],
    ['publisher', ['ptr-adatum', 'ptr-coho', 'ptr-fabrikam', 'ptr-relecloud', 'ptr-tailspin', 'ptr-woodgrove']],
    ['analyst', PARTNERS],
    ['noOrganisation', []],
  ] as Array<[Who, string[]]>)('%s sees partners %j', async (who, expected) => {
    expect(await visiblePartners(who)).toEqual(expected);
  });

  test('a publisher sees itself and its offers, not another publisher or its offers', async () => {
    const res = await as('publisher', '{ mine: publisher(id: "pub-litware") { offers { id } } other: publisher(id: "pub-trey") { id } otherOffer: offer(id: "off-trey-insights") { id } }');
    expect(res.data).toEqual({ mine: { offers: [{ id: 'off-litware-firewall' }, { id: 'off-litware-siem' }] }, other: null, otherOffer: null });
  });

  test('partners see the whole catalogue', async () => {
    const res = await as('resellerB', '{ publisher(id: "pub-trey") { offers { id } } }');
    expect(res.data!.publisher.offers.map((o: any) => o.id)).toEqual(['off-trey-forecast', 'off-trey-insights']);
  });
});

describe('the analyst questions answer within scope too', () => {
  test('lists: partners and subscriptions count only what the caller may see', async () => {
    const res = await as('resellerA', '{ partners(first: 50) { totalCount edges { node { id } } } subscriptions(first: 50) { totalCount edges { node { id } } } }');
    expect(res.data!.partners.edges.map((e: any) => e.node.id)).toEqual(['ptr-adatum', 'ptr-coho', 'ptr-tailspin', 'ptr-woodgrove']);
    expect(res.data!.partners.totalCount).toBe(4);
    // Sold by Tailspin, plus sub-027 for which it is the designated support contact.
    expect(res.data!.subscriptions.edges.map((e: any) => e.node.id)).toEqual([
      'sub-006', 'sub-007', 'sub-008', 'sub-009', 'sub-010', 'sub-025', 'sub-027', 'sub-029', 'sub-030',
    ]);
    expect(res.data!.subscriptions.totalCount).toBe(9);
  });

  test('connections on nodes: a provider sees only the customers its resellers bought through it', async () => {
    const res = await as('providerOfA', '{ partner(id: "ptr-tailspin") { customers(first: 20) { totalCount edges { node { id } } } } }');
    expect(res.data!.partner.customers.edges.map((e: any) => e.node.id)).toEqual(['cust-tasmanian', 'cust-wideworld']);
    const analyst = await as('analyst', '{ partner(id: "ptr-tailspin") { customers(first: 20) { totalCount } } }');
    expect(analyst.data!.partner.customers.totalCount).toBe(4);
  });

  test('search finds only visible entities', async () => {
    const query = '{ search(text: "contoso", first: 10) { node { __typename ... on Customer { id } } } }';
    const hidden = await as('resellerA', query);
    expect(hidden.data!.search).toEqual([]);
    const visible = await as('direct', query);
    expect(visible.data!.search.map((h: any) => h.node.id)).toEqual(['cust-contoso']);
  });

  test('node(id) of an out-of-scope subscription is null, like a missing one', async () => {
    const res = await as('resellerA', '{ hidden: node(id: "sub-011") { __typename } mine: node(id: "sub-007") { __typename } }');
    expect(res.data).toEqual({ hidden: null, mine: { __typename: 'Subscription' } });
  });

  test('outage impact counts only the caller’s subscriptions; a publisher sees all of its own', async () => {
    const query = `{ outageImpact(publisherId: "pub-litware") { affectedCustomerCount affectedSubscriptionCount
      partners(first: 10) { edges { node { partner { id } affectedCustomerCount affectedSubscriptionCount } } } } }`;
    const reseller = await as('resellerA', query);
    expect(reseller.data!.outageImpact.affectedSubscriptionCount).toBe(2); // sub-007, sub-025
    expect(reseller.data!.outageImpact.partners.edges.map((e: any) => [e.node.partner.id, e.node.affectedCustomerCount])).toEqual([
      ['ptr-tailspin', 2],
      ['ptr-adatum', 1],
      ['ptr-woodgrove', 1],
    ]);
    const publisher = await as('publisher', query);
    expect(publisher.data!.outageImpact).toMatchObject({ affectedCustomerCount: 6, affectedSubscriptionCount: 7 });
    const otherPublisher = await as('publisher', '{ outageImpact(publisherId: "pub-trey") { affectedCustomerCount } }');
    expect(otherPublisher.errors![0].extensions!.code).toBe('NOT_FOUND');
  });

  test('support gaps: a reseller sees the gaps it can see, counted on its own customers', async () => {
    const query = '{ supportGaps(first: 50) { edges { node { kind affectedCustomerCount entity { ... on Offer { id } ... on Partner { id } ... on Subscription { id } } } } } }';
    const gaps = (res: any) => res.data!.supportGaps.edges.map((e: any) => [e.node.kind, e.node.entity?.id, e.node.affectedCustomerCount]);
    const reseller = gaps(await as('resellerA', query));
    expect(reseller).toContainEqual(['OFFER_WITHOUT_CUSTOMER_SUPPORT', 'off-proseware-archive', 1]);
    expect(reseller.map((g: any[]) => g[1])).not.toContain('ptr-northwind');
    const analyst = gaps(await as('analyst', query));
    expect(analyst).toContainEqual(['OFFER_WITHOUT_CUSTOMER_SUPPORT', 'off-proseware-archive', 2]);
    expect(analyst).toContainEqual(['PARTNER_WITHOUT_SUPPORT_DESK', 'ptr-northwind', 1]);
  });
});
