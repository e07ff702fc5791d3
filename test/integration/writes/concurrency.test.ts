import { deleteTestData, GraphQLResponse, openTestGraph, TestGraph, testIdPrefix } from '../../support/test-graph';

/**
 * Fifty copies of a write arriving at once, as several agents of one partner would send them:
 * each write locks the entity it is about before reading what it depends on, so they serialise,
 * and the audit trail and the history stay true.
 */
const P = testIdPrefix();
const id = (name: string) => `${P}${name}`;
const N = 50;

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await deleteTestData(graph.db, P);
  await graph.close();
});

const UPSERT_CUSTOMER = `mutation ($input: CustomerInput!) { upsertCustomer(input: $input) { id name } }`;
const UPSERT_PARTNER = `mutation ($input: PartnerInput!) { upsertPartner(input: $input) { id } }`;
const RECORD = `mutation ($input: RecordSubscriptionInput!) { recordSubscription(input: $input) { id } }`;
const CHANGES = `query ($entityId: ID!) { changes(entityId: $entityId, first: 100) { totalCount edges { node { operation before after at } } } }`;
const AT = `query ($at: DateTime) { supportPath(customerId: "${P}cust-s", offerId: "off-litware-siem", issueType: BILLING, at: $at) { steps { party { id } } } }`;

const all = (query: string, inputs: Array<Record<string, unknown>>) => Promise.all(inputs.map((input) => graph.execute(query, { input })));
const changesOf = async (entityId: string) => (await graph.execute(CHANGES, { entityId })).data!.changes;
const errorsOf = (responses: GraphQLResponse[]) => responses.filter((r) => r.errors).map((r) => r.errors![0].extensions?.code);

test(`${N} identical creations leave one customer and exactly one audit record`, async () => {
  const responses = await all(UPSERT_CUSTOMER, Array.from({ length: N }, () => ({ id: id('cust-same'), name: 'Same Name' })));
  expect(errorsOf(responses)).toEqual([]);
  const audit = await changesOf(id('cust-same'));
  expect(audit.totalCount).toBe(1);
  expect(audit.edges[0].node).toMatchObject({ operation: 'upsertCustomer', before: null, after: { name: 'Same Name' } });
});

test(`${N} identical renames of an existing customer leave exactly one audit record for the rename`, async () => {
  await all(UPSERT_CUSTOMER, [{ id: id('cust-same-rename'), name: 'Before' }]);
  const responses = await all(UPSERT_CUSTOMER, Array.from({ length: N }, () => ({ id: id('cust-same-rename'), name: 'After' })));
  expect(errorsOf(responses)).toEqual([]);
  const records = (await changesOf(id('cust-same-rename'))).edges.map((e: any) => e.node).reverse();
  expect(records.map((r: any) => [r.before?.name ?? null, r.after.name])).toEqual([
    [null, 'Before'],
    ['Before', 'After'],
  ]);
});

test(`${N} conflicting creations leave one creation record, then a chain: each record's before is the previous record's after`, async () => {
  const responses = await all(UPSERT_CUSTOMER, Array.from({ length: N }, (_, i) => ({ id: id('cust-created-apart'), name: `Creator ${i}` })));
  expect(errorsOf(responses)).toEqual([]);
  const records = (await changesOf(id('cust-created-apart'))).edges.map((e: any) => e.node).reverse();
  // Every name differs: the first to commit creates, each of the others renames.
  expect(records).toHaveLength(N);
  expect(records.filter((r: any) => r.before === null)).toHaveLength(1);
  expect(records[0].before).toBeNull();
  for (let i = 1; i < records.length; i += 1) expect(records[i].before).toEqual(records[i - 1].after);
});

test(`${N} conflicting renames leave a chain: each record's before is the previous record's after`, async () => {
  await all(UPSERT_CUSTOMER, [{ id: id('cust-renamed'), name: 'Name 0' }]);
  const responses = await all(UPSERT_CUSTOMER, Array.from({ length: N }, (_, i) => ({ id: id('cust-renamed'), name: `Name ${i + 1}` })));
  expect(errorsOf(responses)).toEqual([]);
  const records = (await changesOf(id('cust-renamed'))).edges.map((e: any) => e.node).reverse();
  // One creation, then one record per rename that changed the name (all of them: every name differs).
  expect(records).toHaveLength(N + 1);
  expect(records[0].before).toBeNull();
  expect(records.filter((r: any) => r.before === null)).toHaveLength(1);
  for (let i = 1; i < records.length; i += 1) expect(records[i].before).toEqual(records[i - 1].after);
});

test(`${N} identical recordings of a new subscription create it once, linked once, with one audit record`, async () => {
  await all(UPSERT_PARTNER, [{ id: id('ptr-once'), name: 'Once', kind: 'DIRECT' }]);
  await all(UPSERT_CUSTOMER, [{ id: id('cust-once'), name: 'Once' }]);
  const input = { id: id('sub-once'), customerId: id('cust-once'), offerId: 'off-litware-siem', partnerId: id('ptr-once') };
  const responses = await all(RECORD, Array.from({ length: N }, () => input));
  // Each write takes the creation gate and locks the id before it reads: the first creates the
  // subscription (with CREATE), each of the others finds it held as it is and changes nothing.
  expect(errorsOf(responses)).toEqual([]);
  expect((await changesOf(id('sub-once'))).totalCount).toBe(1);
  const leaving = (prefix: string) => graph.db.read<{ nodes: number; relationships: number }>('unscoped/test-support/count-graph-by-id-prefix', { prefix });
  // The subscription's FOR_OFFER and SOLD_BY; the customer's one HAS_SUBSCRIPTION.
  expect(await leaving(id('sub-once'))).toEqual([{ nodes: 1, relationships: 2 }]);
  expect(await leaving(id('cust-once'))).toEqual([{ nodes: 1, relationships: 1 }]);
});

describe('a subscription whose partner changes', () => {
  // One partner per change, in both tests, so that no two changes name the same parties.
  const partners = Array.from({ length: 2 * N + 1 }, (_, i) => id(`ptr-${i}`));
  beforeAll(async () => {
    const created = await Promise.all(partners.map((p) => graph.execute(UPSERT_PARTNER, { input: { id: p, name: `Partner ${p}`, kind: 'DIRECT' } })));
    expect(errorsOf(created)).toEqual([]);
    expect((await all(UPSERT_CUSTOMER, [{ id: id('cust-s'), name: 'Moving Customer' }]))[0].errors).toBeUndefined();
    const first = await graph.execute(RECORD, {
      input: { id: id('sub'), customerId: id('cust-s'), offerId: 'off-litware-siem', partnerId: partners[0], effectiveAt: '2020-01-01T00:00:00Z' },
    });
    expect(first.errors).toBeUndefined();
  });

  test(`${N} concurrent changes leave partner relationships that never overlap, never reverse, and leave no gap`, async () => {
    const responses = await all(
      RECORD,
      Array.from({ length: N }, (_, i) => ({
        id: id('sub'),
        customerId: id('cust-s'),
        offerId: 'off-litware-siem',
        partnerId: partners[1 + i],
        effectiveAt: null,
      })),
    );
    expect(errorsOf(responses).filter((code) => code !== 'BAD_USER_INPUT')).toEqual([]);
    const [row] = await graph.db.read<{ periods: Array<{ from: number; to: number | null }> }>('unscoped/test-support/find-sold-by-periods', { subscriptionId: id('sub') });
    const periods = row.periods;
    console.log(`${N} concurrent partner changes: ${N - errorsOf(responses).length} accepted, ${errorsOf(responses).length} refused, ${periods.length} SOLD_BY periods, ${periods.filter((p) => p.to === null).length} open`);
    // One period for the first partner, one per accepted change: each accepted change ended exactly one.
    expect(periods).toHaveLength(1 + N - errorsOf(responses).length);
    expect(periods.filter((p) => p.to === null)).toHaveLength(1);
    for (const p of periods) if (p.to !== null) expect(p.to).toBeGreaterThan(p.from);
    for (let i = 1; i < periods.length; i += 1) expect(periods[i].from).toBe(periods[i - 1].to);
  });

  test(`${N} future-dated changes in random order: only those dated after the state they replace are accepted, and history answers each`, async () => {
    const dates = Array.from({ length: N }, (_, i) => new Date(Date.UTC(2031, 0, 1, 0, i)).toISOString());
    const shuffled = [...dates].sort(() => Math.random() - 0.5);
    const partnerAt = new Map(dates.map((d, i) => [d, partners[1 + N + i]]));
    const responses = await all(
      RECORD,
      shuffled.map((effectiveAt) => ({ id: id('sub'), customerId: id('cust-s'), offerId: 'off-litware-siem', partnerId: partnerAt.get(effectiveAt), effectiveAt })),
    );
    const accepted = shuffled.filter((_, i) => !responses[i].errors);
    expect(errorsOf(responses).every((code) => code === 'BAD_USER_INPUT')).toBe(true);
    // Accepted in the order they committed, each later than the one before; the rest were refused.
    expect(accepted.length).toBeGreaterThan(0);
    for (const at of accepted) {
      const res = await graph.execute(AT, { at });
      expect([at, res.data!.supportPath.steps[0].party.id]).toEqual([at, partnerAt.get(at)]);
    }
    const [row] = await graph.db.read<{ periods: Array<{ from: number; to: number | null }> }>('unscoped/test-support/find-sold-by-periods', { subscriptionId: id('sub') });
    for (let i = 1; i < row.periods.length; i += 1) expect(row.periods[i].from).toBe(row.periods[i - 1].to);
    // Exactly one period per accepted change, from its own date.
    const future = row.periods.filter((p) => p.from >= Date.UTC(2031, 0, 1));
    expect(future.map((p) => new Date(p.from).toISOString())).toEqual([...accepted].sort());
    console.log(`${N} future-dated partner changes in random order: ${accepted.length} accepted, ${N - accepted.length} refused as dated before the state they replace`);
  });
});
