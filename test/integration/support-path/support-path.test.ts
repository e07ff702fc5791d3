import { openTestGraph, TestGraph } from '../../support/test-graph';

/**
 * The default matrix of docs/domain.md, written out independently of seeds/: for each issue type, the
 * ordered (role, duty) pairs a path takes when every role has a party.
 */
const THIRD_PARTY: Record<string, Array<[string, string]>> = {
  TECHNICAL: [['PARTNER_OF_RECORD', 'FIRST_CONTACT'], ['INDIRECT_PROVIDER', 'SHARED'], ['PUBLISHER', 'RESPONSIBLE']],
  BILLING: [['PARTNER_OF_RECORD', 'RESPONSIBLE'], ['INDIRECT_PROVIDER', 'SHARED'], ['MICROSOFT', 'PLATFORM']],
  SUBSCRIPTION_MANAGEMENT: [['PARTNER_OF_RECORD', 'RESPONSIBLE'], ['INDIRECT_PROVIDER', 'SHARED'], ['MICROSOFT', 'PLATFORM']],
  ACCOUNT_SETUP: [['PARTNER_OF_RECORD', 'RESPONSIBLE'], ['INDIRECT_PROVIDER', 'SHARED'], ['MICROSOFT', 'PLATFORM']],
  ACCOUNT_PAYMENT: [['PARTNER_OF_RECORD', 'RESPONSIBLE'], ['INDIRECT_PROVIDER', 'SHARED'], ['MICROSOFT', 'PLATFORM']],
  COMMERCE_PLATFORM: [['PARTNER_OF_RECORD', 'RESPONSIBLE'], ['INDIRECT_PROVIDER', 'SHARED'], ['MICROSOFT', 'PLATFORM']],
  // Microsoft's step only for Azure-based offers (AZURE_ONLY below).
  DEPLOYMENT_PROVISIONING: [
    ['PARTNER_OF_RECORD', 'FIRST_CONTACT'],
    ['INDIRECT_PROVIDER', 'SHARED'],
    ['PUBLISHER', 'RESPONSIBLE'],
    ['MICROSOFT', 'PLATFORM'],
  ],
  OUTAGE: [['PARTNER_OF_RECORD', 'FIRST_CONTACT'], ['INDIRECT_PROVIDER', 'SHARED'], ['PUBLISHER', 'RESPONSIBLE']],
};
const AZURE_ONLY = (issueType: string, role: string) => issueType === 'DEPLOYMENT_PROVISIONING' && role === 'MICROSOFT';
const FIRST_PARTY: Array<[string, string]> = [['PARTNER_OF_RECORD', 'RESPONSIBLE'], ['INDIRECT_PROVIDER', 'SHARED'], ['MICROSOFT', 'PLATFORM']];
const ISSUE_TYPES = Object.keys(THIRD_PARTY);

/** Sample subscriptions, one per (sales model, offer category), with their parties by role. */
const CASES = [
  {
    name: 'direct, third-party (Contoso / Litware Cloud Firewall via Fabrikam)',
    customerId: 'cust-contoso', offerId: 'off-litware-firewall', subscriptionId: 'sub-002', salesModel: 'DIRECT', category: 'THIRD_PARTY',
    parties: { PARTNER_OF_RECORD: 'ptr-fabrikam', PUBLISHER: 'pub-litware', MICROSOFT: 'pub-microsoft' } as Record<string, string>,
    azure: true,
  },
  {
    name: 'indirect, third-party (Wide World / Litware SIEM via Tailspin and Adatum)',
    customerId: 'cust-wideworld', offerId: 'off-litware-siem', subscriptionId: 'sub-007', salesModel: 'INDIRECT', category: 'THIRD_PARTY',
    parties: { PARTNER_OF_RECORD: 'ptr-tailspin', INDIRECT_PROVIDER: 'ptr-adatum', PUBLISHER: 'pub-litware', MICROSOFT: 'pub-microsoft' } as Record<string, string>,
    azure: false,
  },
  {
    name: 'direct, first-party (Contoso / Microsoft 365 E3 via Fabrikam)',
    customerId: 'cust-contoso', offerId: 'off-m365-e3', subscriptionId: 'sub-001', salesModel: 'DIRECT', category: 'FIRST_PARTY',
    parties: { PARTNER_OF_RECORD: 'ptr-fabrikam', MICROSOFT: 'pub-microsoft' } as Record<string, string>,
    azure: false,
  },
  {
    name: 'indirect, first-party (City Power & Light / Microsoft 365 E3 via Alpine and Woodgrove)',
    customerId: 'cust-cpandl', offerId: 'off-m365-e3', subscriptionId: 'sub-015', salesModel: 'INDIRECT', category: 'FIRST_PARTY',
    parties: { PARTNER_OF_RECORD: 'ptr-alpine', INDIRECT_PROVIDER: 'ptr-woodgrove', MICROSOFT: 'pub-microsoft' } as Record<string, string>,
    azure: false,
  },
];

const PATH_QUERY = /* GraphQL */ `
  query Path($customerId: ID!, $offerId: ID!, $issueType: IssueType!, $subscriptionId: ID) {
    supportPath(customerId: $customerId, offerId: $offerId, issueType: $issueType, subscriptionId: $subscriptionId) {
      customer { id name }
      offer { id publisher { id } }
      subscription { id salesModel partnerOfRecord { id } indirectProvider { id } }
      issueType
      salesModel
      offerCategory
      hasGaps
      steps {
        rank role duty reason missingContactKinds
        party { __typename id name }
        contacts { id kind email }
      }
    }
  }
`;

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph.close();
});

describe('supportPath follows every row of the default matrix', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      test.each(ISSUE_TYPES)('%s', async (issueType) => {
        const res = await graph.execute(PATH_QUERY, { customerId: c.customerId, offerId: c.offerId, issueType });
        expect(res.errors).toBeUndefined();
        const path = res.data!.supportPath;
        const rule = c.category === 'FIRST_PARTY' ? FIRST_PARTY : THIRD_PARTY[issueType];
        const expected = rule
          .filter(([role]) => c.parties[role] !== undefined)
          .filter(([role]) => c.category === 'FIRST_PARTY' || c.azure || !AZURE_ONLY(issueType, role))
          .map(([role, duty], i) => ({ rank: i + 1, role, duty, partyId: c.parties[role] }));

        expect(path.steps.map((s: any) => ({ rank: s.rank, role: s.role, duty: s.duty, partyId: s.party.id }))).toEqual(expected);
        expect(path.subscription.id).toBe(c.subscriptionId);
        expect(path.salesModel).toBe(c.salesModel);
        expect(path.offerCategory).toBe(c.category);
        expect(path.customer.id).toBe(c.customerId);
        expect(path.steps[0].role).toBe('PARTNER_OF_RECORD');
        for (const step of path.steps) {
          expect(step.party.__typename).toBe(step.role === 'PUBLISHER' || step.role === 'MICROSOFT' ? 'Publisher' : 'Partner');
          expect(step.reason).toContain(step.party.name);
          expect(step.reason.length).toBeGreaterThan(40);
        }
      });
    });
  }

  test('Microsoft is never RESPONSIBLE nor FIRST_CONTACT on a third-party offer', async () => {
    for (const issueType of ISSUE_TYPES) {
      const res = await graph.execute(PATH_QUERY, { customerId: 'cust-contoso', offerId: 'off-litware-firewall', issueType });
      const microsoft = res.data!.supportPath.steps.filter((s: any) => s.role === 'MICROSOFT');
      expect(microsoft.every((s: any) => s.duty === 'PLATFORM')).toBe(true);
    }
  });
});

describe('contacts on each step', () => {
  test('each step lists the contacts of the kinds the matrix names, in that order', async () => {
    const res = await graph.execute(PATH_QUERY, { customerId: 'cust-wideworld', offerId: 'off-litware-siem', issueType: 'TECHNICAL' });
    const [partner, provider, publisher] = res.data!.supportPath.steps;
    expect(partner.contacts).toEqual([{ id: 'ctc-tailspin-support-desk', kind: 'SUPPORT_DESK', email: 'support@tailspin.example' }]);
    expect(provider.contacts).toEqual([{ id: 'ctc-adatum-support-desk', kind: 'SUPPORT_DESK', email: expect.any(String) }]);
    expect(publisher.contacts.map((c: any) => c.id)).toEqual(['ctc-litware-customer-support', 'ctc-litware-engineering']);
    expect(res.data!.supportPath.hasGaps).toBe(false);
  });

  test("an offer's own contact wins over its publisher's of the same kind", async () => {
    const res = await graph.execute(PATH_QUERY, { customerId: 'cust-contoso', offerId: 'off-trey-forecast', issueType: 'DEPLOYMENT_PROVISIONING' });
    const publisherStep = res.data!.supportPath.steps.find((s: any) => s.role === 'PUBLISHER');
    expect(publisherStep.contacts.map((c: any) => c.id)).toEqual(['ctc-trey-customer-support', 'ctc-trey-forecast-engineering']);
  });

  test('a missing contact is reported as a gap, not hidden', async () => {
    const res = await graph.execute(PATH_QUERY, { customerId: 'cust-wideworld', offerId: 'off-proseware-archive', issueType: 'TECHNICAL' });
    const path = res.data!.supportPath;
    const publisherStep = path.steps.find((s: any) => s.role === 'PUBLISHER');
    expect(publisherStep.party.id).toBe('pub-proseware');
    expect(publisherStep.missingContactKinds).toEqual(['CUSTOMER_SUPPORT']);
    expect(publisherStep.contacts.map((c: any) => c.kind)).toEqual(['ENGINEERING']);
    expect(path.hasGaps).toBe(true);
  });

  test('a partner without a support desk is a gap on its step', async () => {
    const res = await graph.execute(PATH_QUERY, { customerId: 'cust-lucerne', offerId: 'off-trey-insights', issueType: 'BILLING' });
    const [first] = res.data!.supportPath.steps;
    expect(first.party.id).toBe('ptr-northwind');
    expect(first.contacts).toEqual([]);
    expect(first.missingContactKinds).toEqual(['SUPPORT_DESK']);
  });
});

describe('the reseller that buys through two providers', () => {
  test.each([
    ['cust-wideworld', 'off-m365-e3', 'sub-006', 'ptr-adatum'],
    ['cust-margie', 'off-azure-plan', 'sub-009', 'ptr-woodgrove'],
    ['cust-tasmanian', 'off-proseware-backup', 'sub-029', 'ptr-adatum'],
    ['cust-tasmanian', 'off-d365-bc', 'sub-030', 'ptr-woodgrove'],
  ])('%s on %s (%s) goes through %s', async (customerId, offerId, subscriptionId, providerId) => {
    const res = await graph.execute(PATH_QUERY, { customerId, offerId, issueType: 'BILLING' });
    const path = res.data!.supportPath;
    expect(path.subscription).toEqual({
      id: subscriptionId,
      salesModel: 'INDIRECT',
      partnerOfRecord: { id: 'ptr-tailspin' },
      indirectProvider: { id: providerId },
    });
    expect(path.steps.find((s: any) => s.role === 'INDIRECT_PROVIDER').party.id).toBe(providerId);
  });
});

describe('errors', () => {
  const codeOf = (res: { errors?: Array<{ extensions?: Record<string, any> }> }) => res.errors?.[0]?.extensions?.code;

  test('unknown customer: NOT_FOUND', async () => {
    const res = await graph.execute(PATH_QUERY, { customerId: 'cust-nobody', offerId: 'off-m365-e3', issueType: 'BILLING' });
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.errors![0].extensions!.field).toBe('customerId');
    expect(res.data).toBeNull();
  });

  test('unknown offer: NOT_FOUND', async () => {
    const res = await graph.execute(PATH_QUERY, { customerId: 'cust-contoso', offerId: 'off-nothing', issueType: 'BILLING' });
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.errors![0].extensions!.field).toBe('offerId');
  });

  test('a customer without that offer: NOT_FOUND', async () => {
    const res = await graph.execute(PATH_QUERY, { customerId: 'cust-contoso', offerId: 'off-lamna-records', issueType: 'BILLING' });
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.errors![0].message).toContain('cust-contoso');
  });

  test('a subscription id that is not this customer’s subscription to the offer: NOT_FOUND', async () => {
    const res = await graph.execute(PATH_QUERY, {
      customerId: 'cust-contoso', offerId: 'off-litware-firewall', issueType: 'BILLING', subscriptionId: 'sub-026',
    });
    expect(codeOf(res)).toBe('NOT_FOUND');
    expect(res.errors![0].extensions!.field).toBe('subscriptionId');
  });

  test('several subscriptions and no subscriptionId: BAD_USER_INPUT with the candidates', async () => {
    const res = await graph.execute(PATH_QUERY, { customerId: 'cust-nod', offerId: 'off-litware-firewall', issueType: 'TECHNICAL' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.candidateSubscriptionIds).toEqual(['sub-025', 'sub-026']);
    expect(res.errors![0].extensions!.stacktrace).toBeUndefined();
  });

  test('several subscriptions, one named: the path of that one', async () => {
    const direct = await graph.execute(PATH_QUERY, {
      customerId: 'cust-nod', offerId: 'off-litware-firewall', issueType: 'BILLING', subscriptionId: 'sub-026',
    });
    expect(direct.data!.supportPath.steps.map((s: any) => s.party.id)).toEqual(['ptr-fabrikam', 'pub-microsoft']);
    const indirect = await graph.execute(PATH_QUERY, {
      customerId: 'cust-nod', offerId: 'off-litware-firewall', issueType: 'BILLING', subscriptionId: 'sub-025',
    });
    expect(indirect.data!.supportPath.steps.map((s: any) => s.party.id)).toEqual(['ptr-tailspin', 'ptr-woodgrove', 'pub-microsoft']);
  });

  test('an unknown issue type is refused by the schema', async () => {
    const res = await graph.execute(PATH_QUERY, { customerId: 'cust-contoso', offerId: 'off-m365-e3', issueType: 'WEATHER' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
  });
});
