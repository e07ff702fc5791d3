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

const PATH = /* GraphQL */ `
  query ($customerId: ID!, $offerId: ID!, $issueType: IssueType!) {
    supportPath(customerId: $customerId, offerId: $offerId, issueType: $issueType) {
      subscription { partnerOfRecord { id } designatedSupport { id } }
      steps { role duty party { id } contacts { id } reason }
    }
  }
`;
const path = async (customerId: string, offerId: string, issueType: string) => {
  const res = await graph.execute(PATH, { customerId, offerId, issueType });
  expect(res.errors).toBeUndefined();
  return res.data!.supportPath;
};

test("the sample's designated contact takes the first step of a TECHNICAL question, and the reason says so", async () => {
  // sub-027: Southridge Video buys Trey Forecast from Coho Systems via Adatum; Tailspin IT is its designated support contact.
  const technical = await path('cust-southridge', 'off-trey-forecast', 'TECHNICAL');
  expect(technical.subscription).toEqual({ partnerOfRecord: { id: 'ptr-coho' }, designatedSupport: { id: 'ptr-tailspin' } });
  const [first, second, third] = technical.steps;
  expect([first.role, first.duty, first.party.id, first.contacts]).toEqual([
    'PARTNER_OF_RECORD', 'FIRST_CONTACT', 'ptr-tailspin', [{ id: 'ctc-tailspin-support-desk' }],
  ]);
  expect(first.reason).toMatch(/^Tailspin IT \(designated support contact of this subscription, in place of the partner of record Coho Systems\) takes the question first/);
  expect([second.party.id, third.party.id]).toEqual(['ptr-adatum', 'pub-trey']);
});

test('owning the answer stays with the partner of record', async () => {
  const billing = await path('cust-southridge', 'off-trey-forecast', 'BILLING');
  expect(billing.steps.map((s: any) => [s.duty, s.party.id])).toEqual([
    ['RESPONSIBLE', 'ptr-coho'],
    ['SHARED', 'ptr-adatum'],
    ['PLATFORM', 'pub-microsoft'],
  ]);
  expect(billing.steps[0].reason).not.toContain('designated');
});

test('setting a designated contact changes the first step; one that does not buy through the provider is refused', async () => {
  const customerId = `${p}cust`;
  const subscription = { id: `${p}sub`, customerId, offerId: 'off-litware-siem', partnerId: 'ptr-coho', providerId: 'ptr-adatum' };
  await plantGraph(graph.db, { customers: [{ id: customerId, name: 'Planted customer' }], subscriptions: [subscription] });
  const firstStep = async () => (await path(customerId, 'off-litware-siem', 'OUTAGE')).steps[0].party.id;
  expect(await firstStep()).toBe('ptr-coho');

  const designate = (resellerId: string | null) =>
    graph.execute(
      `mutation ($input: SubscriptionSupportContactInput!) { setSubscriptionSupportContact(input: $input) { id designatedSupport { id } } }`,
      { input: { subscriptionId: subscription.id, resellerId } },
    );

  // Alpine buys only through Woodgrove, not through this subscription's provider: refused.
  const refused = await designate('ptr-alpine');
  expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.resellerId' });
  expect(await firstStep()).toBe('ptr-coho');

  await designate('ptr-northwind');
  expect(await firstStep()).toBe('ptr-northwind');
  const outage = await path(customerId, 'off-litware-siem', 'OUTAGE');
  expect(outage.subscription.designatedSupport).toEqual({ id: 'ptr-northwind' });
  // Northwind has no support desk: the gap shows on the step it now takes.
  expect(outage.steps[0].contacts).toEqual([]);

  // Naming another reseller replaces the designation; naming none clears it.
  await designate('ptr-tailspin');
  expect(await firstStep()).toBe('ptr-tailspin');
  await designate(null);
  expect(await firstStep()).toBe('ptr-coho');
});

test("supportOverview gives the paths of all a customer's subscriptions at once", async () => {
  const res = await graph.execute(`{ customer(id: "cust-southridge") { supportOverview(issueType: TECHNICAL) {
    subscription { id } offerCategory steps { role duty party { id } } } } }`);
  expect(res.errors).toBeUndefined();
  expect(res.data!.customer.supportOverview).toEqual([
    {
      subscription: { id: 'sub-027' },
      offerCategory: 'THIRD_PARTY',
      steps: [
        { role: 'PARTNER_OF_RECORD', duty: 'FIRST_CONTACT', party: { id: 'ptr-tailspin' } },
        { role: 'INDIRECT_PROVIDER', duty: 'SHARED', party: { id: 'ptr-adatum' } },
        { role: 'PUBLISHER', duty: 'RESPONSIBLE', party: { id: 'pub-trey' } },
      ],
    },
    {
      subscription: { id: 'sub-028' },
      offerCategory: 'FIRST_PARTY',
      steps: [
        { role: 'PARTNER_OF_RECORD', duty: 'RESPONSIBLE', party: { id: 'ptr-coho' } },
        { role: 'INDIRECT_PROVIDER', duty: 'SHARED', party: { id: 'ptr-adatum' } },
        { role: 'MICROSOFT', duty: 'PLATFORM', party: { id: 'pub-microsoft' } },
      ],
    },
  ]);
  // Each path is the one supportPath gives for that subscription.
  const single = await graph.execute(`{ supportPath(customerId: "cust-southridge", offerId: "off-azure-plan", issueType: TECHNICAL) {
    subscription { id } offerCategory steps { role duty party { id } } } }`);
  expect(single.data!.supportPath).toEqual(res.data!.customer.supportOverview[1]);
});
