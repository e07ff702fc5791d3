import { deleteTestData, openTestGraph, plantGraph, TestGraph, testIdPrefix } from '../../support/test-graph';

let graph: TestGraph;
const p = testIdPrefix();
const ALL_ISSUE_TYPES = ['TECHNICAL', 'BILLING', 'SUBSCRIPTION_MANAGEMENT', 'ACCOUNT_SETUP', 'ACCOUNT_PAYMENT', 'COMMERCE_PLATFORM', 'DEPLOYMENT_PROVISIONING', 'OUTAGE'];

beforeAll(async () => {
  // The default limits: the cost model (src/schema/common/cost-model.ts) admits these queries.
  graph = await openTestGraph();
});
afterAll(async () => {
  await deleteTestData(graph.db, p);
  await graph.close();
});

const GAPS = /* GraphQL */ `
  query ($kind: SupportGapKind, $first: Int, $after: String) {
    supportGaps(kind: $kind, first: $first, after: $after) {
      totalCount
      edges {
        cursor
        node {
          kind detail missingContactKinds issueTypes affectedCustomerCount affectedSubscriptionCount
          entity { __typename ... on Offer { id } ... on Partner { id } ... on Subscription { id } }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface Gap {
  kind: string;
  entity: { __typename: string; id: string };
  detail: string;
  missingContactKinds: string[];
  issueTypes: string[];
  affectedCustomerCount: number;
  affectedSubscriptionCount: number;
}

async function allGaps(kind?: string): Promise<Gap[]> {
  const res = await graph.execute(GAPS, { kind, first: 100 });
  expect(res.errors).toBeUndefined();
  expect(res.data!.supportGaps.totalCount).toBe(res.data!.supportGaps.edges.length);
  return res.data!.supportGaps.edges.map((e: any) => e.node);
}
const summary = (gaps: Gap[]) =>
  gaps.map((g) => [g.kind, g.entity.__typename, g.entity.id, g.missingContactKinds, g.issueTypes, g.affectedCustomerCount, g.affectedSubscriptionCount]);
const planted = async () => summary((await allGaps()).filter((g) => g.entity.id.startsWith(p)));

test('the sample graph has exactly its deliberate gaps, ordered by kind then entity', async () => {
  const gaps = (await allGaps()).filter((g) => !g.entity.id.startsWith(p));
  expect(summary(gaps)).toEqual([
    ['OFFER_WITHOUT_CUSTOMER_SUPPORT', 'Offer', 'off-proseware-archive', ['CUSTOMER_SUPPORT'], [], 2, 2],
    ['PARTNER_WITHOUT_SUPPORT_DESK', 'Partner', 'ptr-northwind', ['SUPPORT_DESK'], [], 1, 2],
    ['RESPONSIBLE_STEP_WITHOUT_CONTACT', 'Subscription', 'sub-021', ['SUPPORT_DESK'], ['BILLING', 'SUBSCRIPTION_MANAGEMENT', 'ACCOUNT_SETUP', 'ACCOUNT_PAYMENT', 'COMMERCE_PLATFORM'], 1, 1],
    ['RESPONSIBLE_STEP_WITHOUT_CONTACT', 'Subscription', 'sub-022', ['SUPPORT_DESK'], ALL_ISSUE_TYPES, 1, 1],
  ]);
  expect(gaps[0].detail).toBe(
    'Proseware Mail Archive has no CUSTOMER_SUPPORT contact, on the offer or its publisher: the ISV must let partners and customers reach it for technical support.',
  );
  expect(gaps[2].detail).toContain("Lucerne Publishing's subscription sub-021 to Trey Insights");
});

describe('each gap kind is found when planted and disappears when mended', () => {
  beforeAll(async () => {
    await plantGraph(graph.db, {
      publishers: [{ id: `${p}pub-quiet`, name: 'Quiet ISV' }],
      offers: [{ id: `${p}off-quiet`, name: 'Quiet Offer', publisherId: `${p}pub-quiet`, offerType: 'SAAS' }],
      partners: [
        { id: `${p}ptr-direct`, name: 'Planted Direct', kind: 'DIRECT' },
        { id: `${p}ptr-nodesk`, name: 'Planted No Desk', kind: 'DIRECT' },
        { id: `${p}ptr-lonely`, name: 'Planted Lonely Reseller', kind: 'INDIRECT_RESELLER' },
      ],
      customers: [
        { id: `${p}cust-a`, name: 'Planted A' },
        { id: `${p}cust-b`, name: 'Planted B' },
      ],
      subscriptions: [
        { id: `${p}sub-quiet-a`, customerId: `${p}cust-a`, offerId: `${p}off-quiet`, partnerId: `${p}ptr-direct` },
        { id: `${p}sub-quiet-b`, customerId: `${p}cust-b`, offerId: `${p}off-quiet`, partnerId: `${p}ptr-direct` },
        { id: `${p}sub-nodesk`, customerId: `${p}cust-a`, offerId: 'off-litware-siem', partnerId: `${p}ptr-nodesk` },
      ],
      contacts: [
        { id: `${p}ctc-direct-desk`, ownerId: `${p}ptr-direct`, kind: 'SUPPORT_DESK', email: 'desk@direct.example' },
        { id: `${p}ctc-lonely-desk`, ownerId: `${p}ptr-lonely`, kind: 'SUPPORT_DESK', email: 'desk@lonely.example' },
      ],
    });
  });

  const THIRD_PARTY_PUBLISHER_STEPS = ['TECHNICAL', 'DEPLOYMENT_PROVISIONING', 'OUTAGE'];
  const PARTNER_RESPONSIBLE = ['BILLING', 'SUBSCRIPTION_MANAGEMENT', 'ACCOUNT_SETUP', 'ACCOUNT_PAYMENT', 'COMMERCE_PLATFORM'];

  test('planted: one gap of each kind, with the customers it affects', async () => {
    expect(await planted()).toEqual([
      ['OFFER_WITHOUT_CUSTOMER_SUPPORT', 'Offer', `${p}off-quiet`, ['CUSTOMER_SUPPORT'], [], 2, 2],
      ['PARTNER_WITHOUT_SUPPORT_DESK', 'Partner', `${p}ptr-nodesk`, ['SUPPORT_DESK'], [], 1, 1],
      // The write rules let no reseller sell without a provider, so this gap never has customers yet.
      ['RESELLER_WITHOUT_PROVIDER', 'Partner', `${p}ptr-lonely`, [], [], 0, 0],
      ['RESPONSIBLE_STEP_WITHOUT_CONTACT', 'Subscription', `${p}sub-nodesk`, ['SUPPORT_DESK'], PARTNER_RESPONSIBLE, 1, 1],
      ['RESPONSIBLE_STEP_WITHOUT_CONTACT', 'Subscription', `${p}sub-quiet-a`, ['CUSTOMER_SUPPORT', 'ENGINEERING'], THIRD_PARTY_PUBLISHER_STEPS, 1, 1],
      ['RESPONSIBLE_STEP_WITHOUT_CONTACT', 'Subscription', `${p}sub-quiet-b`, ['CUSTOMER_SUPPORT', 'ENGINEERING'], THIRD_PARTY_PUBLISHER_STEPS, 1, 1],
    ]);
  });

  test("the subscription gaps are exactly the RESPONSIBLE steps without a contact in the paths supportOverview assembles", async () => {
    const fromPaths = new Map<string, string[]>();
    for (const issueType of ALL_ISSUE_TYPES) {
      const res = await graph.execute(
        `query ($issueType: IssueType!) { customers(first: 100) { edges { node { supportOverview(issueType: $issueType) {
          subscription { id } steps { duty contacts { id } missingContactKinds } } } } } }`,
        { issueType },
      );
      expect(res.errors).toBeUndefined();
      for (const path of res.data!.customers.edges.flatMap((e: any) => e.node.supportOverview)) {
        const gap = path.steps.some((s: any) => s.duty === 'RESPONSIBLE' && s.contacts.length === 0 && s.missingContactKinds.length > 0);
        if (gap) fromPaths.set(path.subscription.id, [...(fromPaths.get(path.subscription.id) ?? []), issueType]);
      }
    }
    const fromGaps = (await allGaps('RESPONSIBLE_STEP_WITHOUT_CONTACT')).map((g) => [g.entity.id, g.issueTypes]);
    expect(fromGaps).toEqual([...fromPaths.entries()].sort(([a], [b]) => a.localeCompare(b)));
  });

  test('mending each gap makes it disappear, and only it', async () => {
    // An engineering contact answers every ISV step (TECHNICAL, DEPLOYMENT_PROVISIONING, OUTAGE).
    await plantGraph(graph.db, { contacts: [{ id: `${p}ctc-quiet-eng`, ownerId: `${p}pub-quiet`, kind: 'ENGINEERING', email: 'eng@quiet.example' }] });
    expect((await planted()).filter(([kind]) => kind === 'RESPONSIBLE_STEP_WITHOUT_CONTACT')).toEqual([
      ['RESPONSIBLE_STEP_WITHOUT_CONTACT', 'Subscription', `${p}sub-nodesk`, ['SUPPORT_DESK'], PARTNER_RESPONSIBLE, 1, 1],
    ]);

    // The offer's own customer-support contact (its details page) mends the offer.
    await plantGraph(graph.db, { contacts: [{ id: `${p}ctc-quiet-cs`, ownerId: `${p}off-quiet`, kind: 'CUSTOMER_SUPPORT', email: 'help@quiet.example' }] });
    expect((await planted()).map(([kind, , id]) => [kind, id])).toEqual([
      ['PARTNER_WITHOUT_SUPPORT_DESK', `${p}ptr-nodesk`],
      ['RESELLER_WITHOUT_PROVIDER', `${p}ptr-lonely`],
      ['RESPONSIBLE_STEP_WITHOUT_CONTACT', `${p}sub-nodesk`],
    ]);

    await plantGraph(graph.db, { resellerLinks: [{ resellerId: `${p}ptr-lonely`, providerId: 'ptr-adatum' }] });
    expect((await planted()).map(([kind]) => kind)).toEqual(['PARTNER_WITHOUT_SUPPORT_DESK', 'RESPONSIBLE_STEP_WITHOUT_CONTACT']);

    await plantGraph(graph.db, { contacts: [{ id: `${p}ctc-nodesk-desk`, ownerId: `${p}ptr-nodesk`, kind: 'SUPPORT_DESK', email: 'desk@nodesk.example' }] });
    expect(await planted()).toEqual([]);
  });
});

describe('paging and the kind filter', () => {
  test('paging one at a time reaches every gap exactly once, in order', async () => {
    const all = await allGaps();
    const seen: Gap[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await graph.execute(GAPS, { first: 1, after });
      seen.push(...res.data.supportGaps.edges.map((e: any) => e.node));
      if (!res.data.supportGaps.pageInfo.hasNextPage) break;
      after = res.data.supportGaps.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  test('one kind only', async () => {
    const gaps = await allGaps('PARTNER_WITHOUT_SUPPORT_DESK');
    expect(gaps.map((g) => [g.kind, g.entity.id])).toEqual([['PARTNER_WITHOUT_SUPPORT_DESK', 'ptr-northwind']]);
    expect(await allGaps('RESELLER_WITHOUT_PROVIDER')).toEqual([]);
  });

  test('a cursor from another list is BAD_USER_INPUT', async () => {
    const customers = await graph.execute(`{ customers(first: 1) { pageInfo { endCursor } } }`);
    const res = await graph.execute(GAPS, { after: customers.data!.customers.pageInfo.endCursor });
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
