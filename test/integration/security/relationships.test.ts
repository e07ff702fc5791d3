import { Role } from '../../../src/auth/roles';
import { GraphWriter } from '../../../src/graph/writes/graph-writer';
import { countGraph, deleteTestData, openTestGraph, plantGraph, TestGraph, testCaller, testIdPrefix } from '../../support/test-graph';

// Issue 10, findings 1 and 2: a partner reaches a customer only through a customer relationship,
// and a reseller link takes both sides (or the platform operator).
const p = testIdPrefix();
const id = (name: string) => `${p}${name}`;
const as = (partner: string) => testCaller([Role.ADMIN_AGENT], { partnerId: id(partner) });
const OPERATOR = testCaller([Role.PLATFORM_OPERATOR]);
let graph: TestGraph;

beforeAll(async () => {
  graph = await openTestGraph();
  await plantGraph(graph.db, {
    partners: [
      { id: id('direct-a'), name: 'Direct A', kind: 'DIRECT' },
      { id: id('direct-b'), name: 'Direct B', kind: 'DIRECT' },
      { id: id('resel'), name: 'Reseller', kind: 'INDIRECT_RESELLER' },
      { id: id('resel-2'), name: 'Reseller 2', kind: 'INDIRECT_RESELLER' },
      { id: id('prov'), name: 'Provider', kind: 'INDIRECT_PROVIDER' },
    ],
    resellerLinks: [{ resellerId: id('resel-2'), providerId: id('prov') }],
    customers: [
      { id: id('cust-ended'), name: 'Formerly served' },
      { id: id('cust-served'), name: 'Served by A' },
    ],
    subscriptions: [
      { id: id('sub-ended'), customerId: id('cust-ended'), offerId: 'off-m365-e3', partnerId: id('direct-a'), validFrom: '2024-01-01T00:00:00Z', validTo: '2024-02-01T00:00:00Z' },
      { id: id('sub-served'), customerId: id('cust-served'), offerId: 'off-m365-e3', partnerId: id('direct-a') },
    ],
  });
});
afterAll(async () => {
  await deleteTestData(graph.db, p);
  await graph.close();
});

const code = (res: { errors?: Array<{ extensions?: Record<string, any> }> }) => res.errors?.[0]?.extensions?.code ?? 'OK';
const RECORD = 'mutation ($input: RecordSubscriptionInput!) { recordSubscription(input: $input) { id partnerOfRecord { id } } }';
const RENAME = 'mutation ($id: ID!, $name: String!) { upsertCustomer(input: { id: $id, name: $name }) { id name } }';
const REQUEST = 'mutation ($customerId: ID!) { requestCustomerRelationship(input: { customerId: $customerId }) { partnerId customerId status } }';
const ACCEPT = 'mutation ($partnerId: ID!, $customerId: ID!) { acceptCustomerRelationship(input: { partnerId: $partnerId, customerId: $customerId }) { partnerId customerId status } }';
const GRANT = 'mutation ($partnerId: ID!, $customerId: ID!) { grantCustomerRelationship(input: { partnerId: $partnerId, customerId: $customerId }) { partnerId customerId status } }';
const LINK = 'mutation ($r: ID!, $p: ID!) { linkReseller(input: { resellerId: $r, providerId: $p }) { reseller { id } provider { id } active } }';
const REQUEST_LINK = 'mutation ($r: ID!, $p: ID!) { requestResellerLink(input: { resellerId: $r, providerId: $p }) { resellerId providerId requestedBy status } }';
const ACCEPT_LINK = 'mutation ($r: ID!, $p: ID!) { acceptResellerLink(input: { resellerId: $r, providerId: $p }) { reseller { id } provider { id } active } }';
/** Pending requests, open customer relationships, open links and audit records of this file's entities. */
const relationships = async () =>
  (await graph.db.read<{ requests: number; customerRelationships: number; links: number; changes: number }>('unscoped/test-support/count-relationships-by-id-prefix', { prefix: p }))[0];
const subscribe = (sub: string, customer: string, partner: string) => ({ input: { id: id(sub), customerId: id(customer), offerId: 'off-m365-e3', partnerId: id(partner) } });

describe('finding 1: customer relationships', () => {
  test('a partner may not attach itself to a customer another partner created, nor to one nobody serves now', async () => {
    expect(code(await graph.execute(RENAME, { id: id('cust-new'), name: 'Created by A' }, as('direct-a')))).toBe('OK');
    const before = await countGraph(graph.db);
    expect(code(await graph.execute(RECORD, subscribe('sub-x1', 'cust-new', 'direct-b'), as('direct-b')))).toBe('NOT_FOUND');
    expect(code(await graph.execute(RECORD, subscribe('sub-x2', 'cust-ended', 'direct-b'), as('direct-b')))).toBe('NOT_FOUND');
    expect(code(await graph.execute(RENAME, { id: id('cust-new'), name: 'Taken' }, as('direct-b')))).toBe('NOT_FOUND');
    expect(code(await graph.execute(`mutation { removeCustomer(id: "${id('cust-new')}") { removed } }`, {}, as('direct-b')))).toBe('NOT_FOUND');
    expect(await countGraph(graph.db)).toEqual(before);
    // Its creator has the relationship: it records the first subscription and renames it.
    expect((await graph.execute(RECORD, subscribe('sub-new', 'cust-new', 'direct-a'), as('direct-a'))).data).toEqual({
      recordSubscription: { id: id('sub-new'), partnerOfRecord: { id: id('direct-a') } },
    });
    expect(code(await graph.execute(RENAME, { id: id('cust-new'), name: 'Renamed by A' }, as('direct-a')))).toBe('OK');
  });

  test('under the write lock: a partner renaming a customer it has no relationship with (created since its rights were checked) writes nothing', async () => {
    // What a partner's upsertCustomer writes once its guard saw no such customer, when a concurrent write created it meanwhile.
    const writer = new GraphWriter(graph.db);
    const row = { id: id('cust-ended'), name: 'Raced', creatorPartnerId: id('direct-b'), createdBy: 'racer' };
    await expect(writer.write('customers', [row], { operation: 'upsertCustomer', callerId: 'racer' }, { strict: true })).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect((await graph.execute(`{ customer(id: "${id('cust-ended')}") { name } }`)).data).toEqual({ customer: { name: 'Formerly served' } });
  });

  test('the sample data keeps working: a partner serving a customer through a subscription in force has a relationship with it', async () => {
    const fabrikam = testCaller([Role.ADMIN_AGENT], { partnerId: 'ptr-fabrikam' });
    expect((await graph.execute(RENAME, { id: 'cust-contoso', name: 'Contoso Ltd' }, fabrikam)).data).toEqual({ upsertCustomer: { id: 'cust-contoso', name: 'Contoso Ltd' } });
    expect((await graph.execute(REQUEST, { customerId: 'cust-contoso' }, fabrikam)).data!.requestCustomerRelationship.status).toBe('ACTIVE');
  });

  test('a partner that sees a customer but has no relationship with it is FORBIDDEN', async () => {
    // The reseller is the designated support contact of one of the customer's subscriptions: it sees the customer, it does not serve it.
    await plantGraph(graph.db, {
      customers: [{ id: id('cust-ind'), name: 'Indirect' }],
      subscriptions: [{ id: id('sub-ind'), customerId: id('cust-ind'), offerId: 'off-m365-e3', partnerId: id('resel-2'), providerId: id('prov') }],
    });
    await plantGraph(graph.db, { partners: [], resellerLinks: [{ resellerId: id('resel'), providerId: id('prov') }] });
    expect(code(await graph.execute(`mutation { setSubscriptionSupportContact(input: { subscriptionId: "${id('sub-ind')}", resellerId: "${id('resel')}" }) { id } }`, {}, OPERATOR))).toBe('OK');
    expect((await graph.execute(`{ customer(id: "${id('cust-ind')}") { id } }`, {}, as('resel'))).data).toEqual({ customer: { id: id('cust-ind') } });
    expect(code(await graph.execute(RENAME, { id: id('cust-ind'), name: 'Taken' }, as('resel')))).toBe('FORBIDDEN');
    const own = { input: { id: id('sub-ind-2'), customerId: id('cust-ind'), offerId: 'off-m365-e3', partnerId: id('resel'), providerId: id('prov') } };
    expect(code(await graph.execute(RECORD, own, as('resel')))).toBe('FORBIDDEN');
  });

  test('requested by the partner, accepted for the customer by the operator; or granted by the operator', async () => {
    const before = await relationships();
    const request = await graph.execute(REQUEST, { customerId: id('cust-served') }, as('direct-b'));
    expect(request.data).toEqual({ requestCustomerRelationship: { partnerId: id('direct-b'), customerId: id('cust-served'), status: 'REQUESTED' } });
    // A request for an id that does not exist answers the same: a request tells nothing of what exists.
    const missing = await graph.execute(REQUEST, { customerId: id('cust-nope') }, as('direct-b'));
    expect(missing.data).toEqual({ requestCustomerRelationship: { partnerId: id('direct-b'), customerId: id('cust-nope'), status: 'REQUESTED' } });
    // Asked twice: one request, one audit record.
    const after = await relationships();
    await graph.execute(REQUEST, { customerId: id('cust-served') }, as('direct-b'));
    expect(await relationships()).toEqual(after);
    expect(after).toEqual({ ...before, requests: before.requests + 2, changes: before.changes + 2 });

    // A partner may not accept for the customer, not even one that serves it.
    expect(code(await graph.execute(ACCEPT, { partnerId: id('direct-b'), customerId: id('cust-served') }, as('direct-a')))).toBe('FORBIDDEN');
    expect(code(await graph.execute(ACCEPT, { partnerId: id('direct-b'), customerId: id('cust-served') }, as('direct-b')))).toBe('FORBIDDEN');
    expect(code(await graph.execute(RECORD, subscribe('sub-b', 'cust-served', 'direct-b'), as('direct-b')))).toBe('NOT_FOUND');

    const accepted = await graph.execute(ACCEPT, { partnerId: id('direct-b'), customerId: id('cust-served') }, OPERATOR);
    expect(accepted.data).toEqual({ acceptCustomerRelationship: { partnerId: id('direct-b'), customerId: id('cust-served'), status: 'ACTIVE' } });
    // Accepting again: there is no request left.
    expect(code(await graph.execute(ACCEPT, { partnerId: id('direct-b'), customerId: id('cust-served') }, OPERATOR))).toBe('NOT_FOUND');
    expect((await graph.execute(RECORD, subscribe('sub-b', 'cust-served', 'direct-b'), as('direct-b'))).data).toEqual({
      recordSubscription: { id: id('sub-b'), partnerOfRecord: { id: id('direct-b') } },
    });
    expect((await graph.execute(REQUEST, { customerId: id('cust-served') }, as('direct-b'))).data!.requestCustomerRelationship.status).toBe('ACTIVE');

    // Granted directly: no request needed.
    expect(code(await graph.execute(RECORD, subscribe('sub-b2', 'cust-ended', 'direct-b'), as('direct-b')))).toBe('NOT_FOUND');
    const granted = await graph.execute(GRANT, { partnerId: id('direct-b'), customerId: id('cust-ended') }, OPERATOR);
    expect(granted.data).toEqual({ grantCustomerRelationship: { partnerId: id('direct-b'), customerId: id('cust-ended'), status: 'ACTIVE' } });
    expect(code(await graph.execute(RENAME, { id: id('cust-ended'), name: 'Renamed by B' }, as('direct-b')))).toBe('OK');

    // Traceable: who requested, who accepted, when.
    const audit = await graph.execute(`{ changes(entityId: "${id('cust-served')}", first: 5) { edges { node { operation callerId before after } } } }`, {}, testCaller([Role.ANALYST]));
    const relationship = audit.data!.changes.edges.find((e: any) => e.node.operation === 'acceptCustomerRelationship').node;
    expect(relationship.callerId).toBe(OPERATOR.subject);
    expect(relationship.after.relationships).toEqual(
      expect.arrayContaining([expect.objectContaining({ partnerId: id('direct-b'), origin: 'ACCEPTED', requestedBy: as('direct-b').subject, acceptedBy: OPERATOR.subject })]),
    );
  });

  test('fifty concurrent copies of a request leave one request; of an acceptance, one relationship and one audit record', async () => {
    const start = await relationships();
    const requests = await Promise.all(Array.from({ length: 50 }, () => graph.execute(REQUEST, { customerId: id('cust-ended') }, as('direct-a'))));
    expect(requests.map(code)).toEqual(requests.map(() => 'OK'));
    const before = await relationships();
    expect(before).toEqual({ ...start, requests: start.requests + 1, changes: start.changes + 1 });
    const results = await Promise.all(Array.from({ length: 50 }, () => graph.execute(GRANT, { partnerId: id('direct-a'), customerId: id('cust-ended') }, OPERATOR)));
    expect(results.map(code)).toEqual(results.map(() => 'OK'));
    // The request is consumed; one relationship; two audit records (the request's end, the customer's change).
    expect(await relationships()).toEqual({ ...before, requests: before.requests - 1, customerRelationships: before.customerRelationships + 1, changes: before.changes + 2 });
  });
});

describe('finding 2: two-sided reseller links', () => {
  test('a provider alone may not link a reseller, nor a reseller itself to a provider', async () => {
    const before = await countGraph(graph.db);
    expect(code(await graph.execute(LINK, { r: id('resel'), p: id('prov-none') }, as('prov')))).toBe('FORBIDDEN');
    const alone = await graph.execute(LINK, { r: id('resel-2'), p: id('prov') }, as('resel'));
    expect(code(alone)).toBe('FORBIDDEN');
    expect(code(await graph.execute(LINK, { r: id('resel'), p: id('prov') }, as('prov')))).toBe('FORBIDDEN');
    expect(await countGraph(graph.db)).toEqual(before);
  });

  test('requested by one side, accepted by the other', async () => {
    await plantGraph(graph.db, { partners: [{ id: id('prov-2'), name: 'Provider 2', kind: 'INDIRECT_PROVIDER' }] });
    const request = await graph.execute(REQUEST_LINK, { r: id('resel'), p: id('prov-2') }, as('resel'));
    expect(request.data).toEqual({ requestResellerLink: { resellerId: id('resel'), providerId: id('prov-2'), requestedBy: id('resel'), status: 'REQUESTED' } });
    // The side that asked may not accept its own request; a stranger may not either.
    expect(code(await graph.execute(ACCEPT_LINK, { r: id('resel'), p: id('prov-2') }, as('resel')))).toBe('NOT_FOUND');
    expect(code(await graph.execute(ACCEPT_LINK, { r: id('resel'), p: id('prov-2') }, as('direct-a')))).toBe('FORBIDDEN');
    // Nothing linked yet: the provider does not see the reseller's customers.
    const accepted = await graph.execute(ACCEPT_LINK, { r: id('resel'), p: id('prov-2') }, as('prov-2'));
    expect(accepted.data).toEqual({ acceptResellerLink: { reseller: { id: id('resel') }, provider: { id: id('prov-2') }, active: true } });
    expect(code(await graph.execute(ACCEPT_LINK, { r: id('resel'), p: id('prov-2') }, as('prov-2')))).toBe('NOT_FOUND');
    const again = await graph.execute(REQUEST_LINK, { r: id('resel'), p: id('prov-2') }, as('prov-2'));
    expect(again.data!.requestResellerLink.status).toBe('ACTIVE');
    // Either side may end it alone.
    const ended = await graph.execute('mutation ($r: ID!, $p: ID!) { unlinkReseller(input: { resellerId: $r, providerId: $p }) { active } }', { r: id('resel'), p: id('prov-2') }, as('prov-2'));
    expect(ended.data).toEqual({ unlinkReseller: { active: false } });
  });

  test('the operator links directly, and its link consumes a pending request', async () => {
    await plantGraph(graph.db, { partners: [{ id: id('prov-3'), name: 'Provider 3', kind: 'INDIRECT_PROVIDER' }] });
    expect((await graph.execute(REQUEST_LINK, { r: id('resel'), p: id('prov-3') }, as('prov-3'))).data!.requestResellerLink.requestedBy).toBe(id('prov-3'));
    const linked = await graph.execute(LINK, { r: id('resel'), p: id('prov-3') }, OPERATOR);
    expect(linked.data).toEqual({ linkReseller: { reseller: { id: id('resel') }, provider: { id: id('prov-3') }, active: true } });
    expect(code(await graph.execute(ACCEPT_LINK, { r: id('resel'), p: id('prov-3') }, as('resel')))).toBe('NOT_FOUND');
  });
});
