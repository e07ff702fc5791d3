import { Role } from '../../../src/auth/roles';
import type { Caller } from '../../../src/auth/caller';
import { LOCAL_ANALYST } from '../../../src/auth/caller';
import { openTestGraph, testCaller, TestGraph } from '../../support/test-graph';

/**
 * A customer page whose query asks for its customers' subscriptions reads them in the page's own
 * statement (customer/page-customers-with-subscriptions). The answer is the one the customers'
 * own lookups give, field for field, for every caller's scope; a query that does not ask for them,
 * or skips them, reads the page alone.
 */
let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph.close();
});

const SUBSCRIPTION = `id startedAt endedAt salesModel partnerOfRecord { id } indirectProvider { id } designatedSupport { id }
  offer { id name offerType contacts { id kind email } publisher { id name contacts { id kind email } } }`;

async function statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const stop = graph.db.onQuery((event) => statements.push(event.statement));
  try {
    return { result: await work(), statements };
  } finally {
    stop();
  }
}

/** Each customer's subscriptions as `customer(id:)` answers them, one lookup per customer. */
async function oneByOne(ids: string[], caller: Caller): Promise<unknown[]> {
  const answers = [];
  for (const id of ids) {
    const res = await graph.execute(`query($id: ID!) { customer(id: $id) { id subscriptions { ${SUBSCRIPTION} } } }`, { id }, caller);
    expect(res.errors).toBeUndefined();
    answers.push(res.data!.customer);
  }
  return answers;
}

const CALLERS: Array<[string, Caller]> = [
  ['the local analyst', LOCAL_ANALYST],
  ['a reseller', testCaller([Role.ADMIN_AGENT], { partnerId: 'ptr-tailspin' })],
  ['a provider', testCaller([Role.ADMIN_AGENT], { partnerId: 'ptr-adatum' })],
  ['a publisher', testCaller([Role.PUBLISHER_ADMIN], { publisherId: 'pub-litware' })],
];

test.each(CALLERS)('for %s, the page and its subscriptions in one statement answer as the lookups do', async (_who, caller) => {
  const { result, statements } = await statementsOf(() =>
    graph.execute(`{ customers(first: 50) { totalCount edges { node { id subscriptions { ${SUBSCRIPTION} } } } } }`, {}, caller),
  );
  expect(result.errors).toBeUndefined();
  // The subscriptions' partners are the next level: a statement of their own.
  expect(statements).toEqual(['customer/page-customers-with-subscriptions', 'partner/find-partners-with-contacts-by-ids']);
  const nodes = result.data!.customers.edges.map((e: { node: unknown }) => e.node);
  expect(nodes.length).toBeGreaterThan(0);
  expect(nodes.some((n: { subscriptions: unknown[] }) => n.subscriptions.length > 0)).toBe(true);
  expect(nodes).toEqual(await oneByOne(nodes.map((n: { id: string }) => n.id), caller));
});

test('a filtered page (customersMatching), through a fragment and an alias, reads them with the page too', async () => {
  const query = `{ customersMatching(filter: { servedByPartnerId: "ptr-tailspin" }, first: 5) {
    edges { node { id ...held } } } }
    fragment held on Customer { bought: subscriptions { ${SUBSCRIPTION} } }`;
  const { result, statements } = await statementsOf(() => graph.execute(query));
  expect(result.errors).toBeUndefined();
  expect(statements).toEqual(['customer/page-customers-with-subscriptions', 'partner/find-partners-with-contacts-by-ids']);
  const nodes = result.data!.customersMatching.edges.map((e: { node: { id: string; bought: unknown[] } }) => e.node);
  expect(nodes.length).toBeGreaterThan(0);
  const expected = (await oneByOne(nodes.map((n: { id: string }) => n.id), LOCAL_ANALYST)) as Array<{ id: string; subscriptions: unknown[] }>;
  expect(nodes).toEqual(expected.map(({ id, subscriptions }) => ({ id, bought: subscriptions })));
});

test('a page asking for its customers\' support overview reads their subscriptions with the page', async () => {
  const overview = 'supportOverview(issueType: TECHNICAL) { subscription { id } steps { rank role party { id } contacts { id } } }';
  const query = `{ customers(first: 20) { edges { node { id ${overview} } } } }`;
  await graph.execute(query); // the matrix, read once by this process, is then kept
  const { result, statements } = await statementsOf(() => graph.execute(query));
  expect(result.errors).toBeUndefined();
  expect(statements).toEqual(['customer/page-customers-with-subscriptions', 'support-path/find-path-parties']);
  const nodes = result.data!.customers.edges.map((e: { node: { id: string } }) => e.node);
  const expected = [];
  for (const { id } of nodes) {
    const res = await graph.execute(`query($id: ID!) { customer(id: $id) { id ${overview} } }`, { id });
    expected.push(res.data!.customer);
  }
  expect(nodes.some((n: { supportOverview: unknown[] }) => n.supportOverview.length > 0)).toBe(true);
  expect(nodes).toEqual(expected);
});

test('a page that does not ask for subscriptions, or skips them, reads the page alone', async () => {
  for (const query of [
    '{ customers(first: 5) { edges { node { id name } } } }',
    `query($skip: Boolean!) { customers(first: 5) { edges { node { id subscriptions @skip(if: $skip) { id } } } } }`,
  ]) {
    const { result, statements } = await statementsOf(() => graph.execute(query, { skip: true }));
    expect(result.errors).toBeUndefined();
    expect(statements).toEqual(['customer/page-customers']);
  }
});
