import { Role } from '../../../src/auth/roles';
import { countGraph, deleteTestData, openTestGraph, plantGraph, TestGraph, testCaller, testIdPrefix } from '../../support/test-graph';

// Issue 10, items 1, 3 and 4: nobody writes what is not theirs, and a write never tells what exists.
const COHO = testCaller([Role.ADMIN_AGENT], { partnerId: 'ptr-coho' });
const ADATUM = testCaller([Role.ADMIN_AGENT], { partnerId: 'ptr-adatum' });
const OPERATOR = testCaller([Role.PLATFORM_OPERATOR]);
const p = testIdPrefix();
let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await deleteTestData(graph.db, p);
  await graph.close();
});

const code = (res: { errors?: Array<{ extensions?: Record<string, any> }> }) => res.errors?.[0]?.extensions?.code ?? 'OK';
const RECORD = 'mutation ($input: RecordSubscriptionInput!) { recordSubscription(input: $input) { id partnerOfRecord { id } } }';

test('item 1: a partner may not attach itself to a customer it does not serve, nor rename it', async () => {
  const before = await countGraph(graph.db);
  const takeover = await graph.execute(
    RECORD,
    { input: { id: `${p}sub-x-coho1`, customerId: 'cust-contoso', offerId: 'off-azure-plan', partnerId: 'ptr-coho', providerId: 'ptr-adatum' } },
    COHO,
  );
  expect(code(takeover)).toBe('NOT_FOUND');
  const rename = await graph.execute('mutation { upsertCustomer(input: { id: "cust-contoso", name: "Taken" }) { id } }', {}, COHO);
  expect(code(rename)).toBe('NOT_FOUND');
  expect(await countGraph(graph.db)).toEqual(before);
});

test('item 3: a provider may not move a subscription to another reseller; its partner of record and the operator may', async () => {
  await plantGraph(graph.db, {
    customers: [{ id: `${p}cust`, name: 'Moved' }],
    subscriptions: [{ id: `${p}sub`, customerId: `${p}cust`, offerId: 'off-m365-e3', partnerId: 'ptr-tailspin', providerId: 'ptr-adatum' }],
  });
  const input = { id: `${p}sub`, customerId: `${p}cust`, offerId: 'off-m365-e3', partnerId: 'ptr-coho', providerId: 'ptr-adatum' };
  const byProvider = await graph.execute(RECORD, { input }, ADATUM);
  expect(code(byProvider)).toBe('FORBIDDEN');
  const read = await graph.execute(`{ subscription(id: "${p}sub") { partnerOfRecord { id } } }`);
  expect(read.data).toEqual({ subscription: { partnerOfRecord: { id: 'ptr-tailspin' } } });
  const byOperator = await graph.execute(RECORD, { input }, OPERATOR);
  expect(byOperator.data).toEqual({ recordSubscription: { id: `${p}sub`, partnerOfRecord: { id: 'ptr-coho' } } });
});

describe('item 4: what a caller may not see is NOT_FOUND, exactly like a missing id', () => {
  const cases: Array<[string, (id: string) => string]> = [
    ['removeCustomer', (id) => `mutation { removeCustomer(id: "${id}") { removed } }`],
    ['endSubscription', (id) => `mutation { endSubscription(input: { subscriptionId: "${id}" }) { id } }`],
    ['setSubscriptionSupportContact', (id) => `mutation { setSubscriptionSupportContact(input: { subscriptionId: "${id}" }) { id } }`],
  ];
  test.each(cases)('%s', async (name, mutation) => {
    const foreign = name === 'removeCustomer' ? 'cust-contoso' : 'sub-001';
    const [hidden, missing] = [await graph.execute(mutation(foreign), {}, COHO), await graph.execute(mutation(`${p}nope`), {}, COHO)];
    expect(code(hidden)).toBe('NOT_FOUND');
    expect(code(missing)).toBe('NOT_FOUND');
    expect(hidden.errors![0].message.replace(foreign, 'X')).toBe(missing.errors![0].message.replace(`${p}nope`, 'X'));
  });
});

describe("a partner's mutation answer is read at the write's moment", () => {
  // The partner sees its new customer through the subscription it records, which is in force from
  // the write's moment (or from a later effectiveAt): read at the request's earlier moment, the
  // answer's customer was hidden and the non-null field an INTERNAL_SERVER_ERROR.
  const FABRIKAM = testCaller([Role.ADMIN_AGENT], { partnerId: 'ptr-fabrikam' });
  const ANSWER = 'mutation ($input: RecordSubscriptionInput!) { recordSubscription(input: $input) { id customer { id name } offer { id } partnerOfRecord { id } } }';
  test.each([
    ['from now', null],
    ['from a day ahead', new Date(Date.now() + 86_400_000).toISOString()],
  ])('recordSubscription %s answers with its customer', async (_when, effectiveAt) => {
    const suffix = effectiveAt ? 'ahead' : 'now';
    const created = await graph.execute(`mutation { upsertCustomer(input: { id: "${p}own-${suffix}", name: "Own ${suffix}" }) { id } }`, {}, FABRIKAM);
    expect(code(created)).toBe('OK');
    const input = { id: `${p}own-sub-${suffix}`, customerId: `${p}own-${suffix}`, offerId: 'off-litware-siem', partnerId: 'ptr-fabrikam', effectiveAt };
    const res = await graph.execute(ANSWER, { input }, FABRIKAM);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({
      recordSubscription: { id: `${p}own-sub-${suffix}`, customer: { id: `${p}own-${suffix}`, name: `Own ${suffix}` }, offer: { id: 'off-litware-siem' }, partnerOfRecord: { id: 'ptr-fabrikam' } },
    });
  });
});
