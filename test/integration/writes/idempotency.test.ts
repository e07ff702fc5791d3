import { Role } from '../../../src/auth/roles';
import { deleteTestData, openTestGraph, TestGraph, testCaller, testIdPrefix } from '../../support/test-graph';

/**
 * Knowing whether a write happened: a mutation may carry an idempotency key (clientMutationId). A
 * retry with the same key returns the first outcome and writes nothing again, even if the data
 * changed in between; the audit records of the write carry the key and can be found by it.
 */
const P = testIdPrefix();
const id = (name: string) => `${P}${name}`;

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await deleteTestData(graph.db, P);
  await graph.close();
});

const UPSERT = `mutation ($input: CustomerInput!) { upsertCustomer(input: $input) { id name } }`;
const REMOVE = `mutation ($id: ID!, $key: String) { removeCustomer(id: $id, clientMutationId: $key) { id removed } }`;
const CHANGES = `query ($entityId: ID, $key: String) { changes(entityId: $entityId, clientMutationId: $key, first: 50) { totalCount edges { node { entityId operation clientMutationId after } } } }`;
const changes = async (variables: Record<string, unknown>) => (await graph.execute(CHANGES, variables)).data!.changes;
const OPERATOR = testCaller([Role.PLATFORM_OPERATOR]);
const PARTNER = () => testCaller([Role.ADMIN_AGENT], { partnerId: id('ptr') });

test('a retry with the same key writes nothing again, even after the entity changed in between', async () => {
  const input = { id: id('cust'), name: 'First', clientMutationId: `${P}k1` };
  expect((await graph.execute(UPSERT, { input })).errors).toBeUndefined();
  // Someone else renames it; then the first call's retry arrives.
  expect((await graph.execute(UPSERT, { input: { id: id('cust'), name: 'Renamed' } })).errors).toBeUndefined();
  const retry = await graph.execute(UPSERT, { input });
  expect(retry.errors).toBeUndefined();
  const audit = await changes({ entityId: id('cust') });
  expect(audit.totalCount).toBe(2);
  expect(audit.edges.map((e: any) => e.node.after.name)).toEqual(['Renamed', 'First']);
});

test('fifty concurrent copies of one keyed write leave exactly one audit record, found by its key', async () => {
  const input = { id: id('cust-50'), name: 'Fifty', clientMutationId: `${P}k50` };
  const responses = await Promise.all(Array.from({ length: 50 }, () => graph.execute(UPSERT, { input })));
  expect(responses.filter((r) => r.errors)).toEqual([]);
  const byKey = await changes({ key: `${P}k50` });
  expect(byKey.totalCount).toBe(1);
  expect(byKey.edges[0].node).toMatchObject({ entityId: id('cust-50'), operation: 'upsertCustomer', clientMutationId: `${P}k50` });
});

test('a removal retried with its key answers as the first call did', async () => {
  expect((await graph.execute(UPSERT, { input: { id: id('cust-gone'), name: 'Gone' } })).errors).toBeUndefined();
  const first = await graph.execute(REMOVE, { id: id('cust-gone'), key: `${P}k-rm` });
  expect(first.data!.removeCustomer).toEqual({ id: id('cust-gone'), removed: true });
  // Without the key, removing again says nothing was removed; with it, the first outcome.
  expect((await graph.execute(REMOVE, { id: id('cust-gone') })).data!.removeCustomer.removed).toBe(false);
  expect((await graph.execute(REMOVE, { id: id('cust-gone'), key: `${P}k-rm` })).data!.removeCustomer).toEqual({ id: id('cust-gone'), removed: true });
});

test('a key reused for another write is refused, and so is a changes query without entity nor key', async () => {
  const res = await graph.execute(UPSERT, { input: { id: id('cust-other'), name: 'Other', clientMutationId: `${P}k1` } });
  expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.clientMutationId' });
  const none = await graph.execute(CHANGES, {});
  expect(none.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
});

describe('a partner retrying a write that took effect', () => {
  beforeAll(async () => {
    const partner = await graph.execute(`mutation ($input: PartnerInput!) { upsertPartner(input: $input) { id } }`, { input: { id: id('ptr'), name: 'Retrying Partner', kind: 'DIRECT' } }, OPERATOR);
    expect(partner.errors).toBeUndefined();
    expect((await graph.execute(UPSERT, { input: { id: id('cust-p'), name: 'Its Customer' } }, PARTNER())).errors).toBeUndefined();
  });

  test('a removal retried with its key answers the first outcome, although what it removed is no longer there to be checked', async () => {
    const CONTACT = `mutation ($input: SupportContactInput!) { upsertSupportContact(input: $input) { id } }`;
    const REMOVE_CONTACT = `mutation ($id: ID!, $key: String) { removeSupportContact(id: $id, clientMutationId: $key) { id removed } }`;
    const contact = { id: id('contact'), ownerId: id('ptr'), kind: 'SUPPORT_DESK', email: 'desk@retry.example' };
    expect((await graph.execute(CONTACT, { input: contact }, PARTNER())).errors).toBeUndefined();
    const first = await graph.execute(REMOVE_CONTACT, { id: id('contact'), key: `${P}k-rm-contact` }, PARTNER());
    expect(first).toEqual({ data: { removeSupportContact: { id: id('contact'), removed: true } } });
    // The answer was lost on the way back; the partner sends the same call again.
    expect(await graph.execute(REMOVE_CONTACT, { id: id('contact'), key: `${P}k-rm-contact` }, PARTNER())).toEqual(first);
    expect((await changes({ key: `${P}k-rm-contact` })).totalCount).toBe(1);
  });

  test('twenty concurrent copies of a keyed removal all answer the first outcome, written once', async () => {
    const CONTACT = `mutation ($input: SupportContactInput!) { upsertSupportContact(input: $input) { id } }`;
    const REMOVE_CONTACT = `mutation ($id: ID!, $key: String) { removeSupportContact(id: $id, clientMutationId: $key) { id removed } }`;
    expect((await graph.execute(CONTACT, { input: { id: id('contact-20'), ownerId: id('ptr'), kind: 'SUPPORT_DESK', email: 'desk@retry.example' } }, PARTNER())).errors).toBeUndefined();
    const responses = await Promise.all(Array.from({ length: 20 }, () => graph.execute(REMOVE_CONTACT, { id: id('contact-20'), key: `${P}k-rm-20` }, PARTNER())));
    expect(responses).toEqual(Array(20).fill({ data: { removeSupportContact: { id: id('contact-20'), removed: true } } }));
    expect((await changes({ key: `${P}k-rm-20` })).totalCount).toBe(1);
  });

  test('a subscription recorded with a key and retried answers as the first call did, written once', async () => {
    const RECORD = `mutation ($input: RecordSubscriptionInput!) { recordSubscription(input: $input) { id partnerOfRecord { id } startedAt } }`;
    const input = { id: id('sub'), customerId: id('cust-p'), offerId: 'off-litware-siem', partnerId: id('ptr'), clientMutationId: `${P}k-sub` };
    const first = await graph.execute(RECORD, { input }, PARTNER());
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordSubscription).toMatchObject({ id: id('sub'), partnerOfRecord: { id: id('ptr') } });
    expect(await graph.execute(RECORD, { input }, PARTNER())).toEqual(first);
    expect((await changes({ entityId: id('sub') })).totalCount).toBe(1);
  });
});
