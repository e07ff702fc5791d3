import { Role } from '../../../src/auth/roles';
import { TestGraph, countGraph, deleteTestData, openTestGraph, testCaller, testIdPrefix } from '../../support/test-graph';

const caller = testCaller;
const RESELLER = caller([Role.ADMIN_AGENT], { partnerId: 'ptr-tailspin' });
const PUBLISHER = caller([Role.PUBLISHER_ADMIN], { publisherId: 'pub-litware' });
const ANALYST = caller([Role.ANALYST]);
const HELPDESK = caller([Role.HELPDESK_AGENT], { partnerId: 'ptr-tailspin' });
const OPERATOR = caller([Role.PLATFORM_OPERATOR]);

let graph: TestGraph;
const p = testIdPrefix();
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await deleteTestData(graph.db, p);
  await graph.close();
});

const code = (res: { errors?: Array<{ extensions?: Record<string, any> }> }) => res.errors?.[0]?.extensions?.code ?? 'OK';
const CONTACT = `mutation ($input: SupportContactInput!) { upsertSupportContact(input: $input) { id } }`;
const SUBSCRIPTION = `mutation ($input: RecordSubscriptionInput!) { recordSubscription(input: $input) { id partnerOfRecord { id } } }`;

test('roles first: an analyst and a helpdesk agent write nothing', async () => {
  for (const who of [ANALYST, HELPDESK]) {
    const res = await graph.execute(`mutation { upsertCustomer(input: { id: "${p}cust-x", name: "X" }) { id } }`, {}, who);
    expect(code(res)).toBe('FORBIDDEN');
  }
});

test('a reseller writes its own partner record, subscriptions and contacts, and no one else’s', async () => {
  const before = await countGraph(graph.db);
  const checks: Array<[string, string, Record<string, unknown>]> = [
    // What the reseller may not see is NOT_FOUND, like a missing id (issue 10, item 4); what it sees but does not own, FORBIDDEN.
    // Tailspin sees Coho (it supports one of Coho's subscriptions: one visibility rule for a partner), but may not change it.
    ['FORBIDDEN', `mutation { upsertPartner(input: { id: "ptr-coho", name: "Taken over", kind: INDIRECT_RESELLER }) { id } }`, {}],
    ['FORBIDDEN', `mutation { upsertPartner(input: { id: "ptr-adatum", name: "Taken over", kind: INDIRECT_PROVIDER }) { id } }`, {}],
    ['NOT_FOUND', SUBSCRIPTION, { input: { id: `${p}sub-theirs`, customerId: 'cust-bluey', offerId: 'off-m365-e3', partnerId: 'ptr-coho', providerId: 'ptr-adatum' } }],
    ['NOT_FOUND', `mutation { endSubscription(input: { subscriptionId: "sub-011" }) { id } }`, {}],
    ['FORBIDDEN', CONTACT, { input: { id: `${p}ctc-isv`, ownerId: 'pub-litware', kind: 'CUSTOMER_SUPPORT', email: 'x@litware.example' } }],
    ['NOT_FOUND', `mutation { upsertCustomer(input: { id: "cust-bluey", name: "Renamed by a stranger" }) { id } }`, {}],
    [
      'FORBIDDEN',
      `mutation { setSupportRule(input: { offerCategory: THIRD_PARTY, issueType: OUTAGE, steps: [{ role: PARTNER_OF_RECORD, duty: FIRST_CONTACT, contactKinds: ["SUPPORT_DESK"], clauses: [PARTNER_ROUTING] }, { role: INDIRECT_PROVIDER, duty: SHARED, contactKinds: ["SUPPORT_DESK"], clauses: [INDIRECT_MODEL] }] }) { issueType } }`,
      {},
    ],
  ];
  for (const [expected, mutation, variables] of checks) expect([mutation, code(await graph.execute(mutation, variables, RESELLER))]).toEqual([mutation, expected]);
  expect(await countGraph(graph.db)).toEqual(before);

  const customer = await graph.execute(`mutation { upsertCustomer(input: { id: "${p}cust-own", name: "Own customer" }) { id } }`, {}, RESELLER);
  expect(code(customer)).toBe('OK');
  const own = await graph.execute(
    SUBSCRIPTION,
    { input: { id: `${p}sub-own`, customerId: `${p}cust-own`, offerId: 'off-m365-e3', partnerId: 'ptr-tailspin', providerId: 'ptr-adatum' } },
    RESELLER,
  );
  expect(own.data).toEqual({ recordSubscription: { id: `${p}sub-own`, partnerOfRecord: { id: 'ptr-tailspin' } } });
  const desk = await graph.execute(CONTACT, { input: { id: `${p}ctc-desk`, ownerId: 'ptr-tailspin', kind: 'SUPPORT_DESK', email: 'second@tailspin.example' } }, RESELLER);
  expect(code(desk)).toBe('OK');
});

test('a publisher writes contacts of its own offers only', async () => {
  const own = await graph.execute(CONTACT, { input: { id: `${p}ctc-siem`, ownerId: 'off-litware-siem', kind: 'ENGINEERING', email: 'siem@litware.example' } }, PUBLISHER);
  expect(code(own)).toBe('OK');
  const other = await graph.execute(CONTACT, { input: { id: `${p}ctc-trey`, ownerId: 'off-trey-insights', kind: 'ENGINEERING', email: 'x@trey.example' } }, PUBLISHER);
  expect(code(other)).toBe('FORBIDDEN');
  const offer = await graph.execute(`mutation { upsertOffer(input: { id: "${p}off-x", name: "X", publisherId: "pub-trey", offerType: SAAS }) { id } }`, {}, PUBLISHER);
  expect(code(offer)).toBe('FORBIDDEN');
  // Moving one of its own contacts to another publisher's offer is refused too.
  const moved = await graph.execute(CONTACT, { input: { id: `${p}ctc-siem`, ownerId: 'off-trey-insights', kind: 'ENGINEERING', email: 'siem@litware.example' } }, PUBLISHER);
  expect(code(moved)).toBe('FORBIDDEN');
});

test('the operator (PLATFORM_OPERATOR, no organisation) may edit the matrix; no partner may', async () => {
  const rule = `mutation { setSupportRule(input: { offerCategory: FIRST_PARTY, issueType: OUTAGE, steps: [
    { role: PARTNER_OF_RECORD, duty: RESPONSIBLE, contactKinds: ["SUPPORT_DESK"], clauses: [PROGRAM_PRACTICE] },
    { role: INDIRECT_PROVIDER, duty: SHARED, contactKinds: ["SUPPORT_DESK"], clauses: [INDIRECT_MODEL] },
    { role: MICROSOFT, duty: PLATFORM, contactKinds: ["PARTNER_SUPPORT"], clauses: [PROGRAM_PRACTICE] }
  ] }) { issueType steps { role } } }`;
  expect(code(await graph.execute(rule, {}, caller([Role.GLOBAL_ADMIN], { partnerId: 'ptr-fabrikam' })))).toBe('FORBIDDEN');
  // The same rule as the default: allowed, and changes nothing.
  const res = await graph.execute(rule, {}, OPERATOR);
  expect(res.data!.setSupportRule.steps.map((s: any) => s.role)).toEqual(['PARTNER_OF_RECORD', 'INDIRECT_PROVIDER', 'MICROSOFT']);
});

test('the audit trail is for internal analysts only', async () => {
  const query = '{ changes(entityId: "ptr-tailspin", first: 5) { totalCount } }';
  expect(code(await graph.execute(query, {}, RESELLER))).toBe('FORBIDDEN');
  expect(code(await graph.execute(query, {}, ANALYST))).toBe('OK');
});

test('injection strings in mutation arguments change no data', async () => {
  const before = await countGraph(graph.db);
  for (const evil of [`"}) MATCH (n) DETACH DELETE n //`, `' OR 1=1 //`]) {
    const res = await graph.execute(CONTACT, { input: { id: evil, ownerId: evil, kind: 'SUPPORT_DESK', email: evil } }, RESELLER);
    expect(['FORBIDDEN', 'BAD_USER_INPUT']).toContain(code(res));
    const asOperator = await graph.execute(CONTACT, { input: { id: evil, ownerId: evil, kind: 'SUPPORT_DESK', email: evil } }, OPERATOR);
    expect(code(asOperator)).toBe('BAD_USER_INPUT');
  }
  expect(await countGraph(graph.db)).toEqual(before);
});
