import { deleteTestData, openTestGraph, TestGraph, testIdPrefix } from '../../support/test-graph';

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

test('a subscription recorded with a key answers its retry as it answered the first call', async () => {
  // The key keeps the write's own moment: the retry reads the subscription back as the write left
  // it (the key once kept the request's earlier moment, when the new subscription did not exist yet).
  expect((await graph.execute(UPSERT, { input: { id: id('cust-sub'), name: 'Keyed' } })).errors).toBeUndefined();
  const RECORD = `mutation ($input: RecordSubscriptionInput!) { recordSubscription(input: $input) { id startedAt partnerOfRecord { id } } }`;
  const input = { id: id('sub-k'), customerId: id('cust-sub'), offerId: 'off-litware-siem', partnerId: 'ptr-fabrikam', clientMutationId: `${P}k-sub` };
  const first = await graph.execute(RECORD, { input });
  expect(first.errors).toBeUndefined();
  const retry = await graph.execute(RECORD, { input });
  expect(retry.errors).toBeUndefined();
  expect(retry.data).toEqual(first.data);
});
