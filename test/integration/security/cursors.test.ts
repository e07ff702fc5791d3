import { openTestGraph, TestGraph } from '../../support/test-graph';

// Issue 10, item 13: a cursor of one list is refused by another, and cannot be forged.
let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph.close();
});

test('a customers cursor is refused by partners, and by a customer list of a partner', async () => {
  const first = await graph.execute('{ customers(first: 2) { pageInfo { endCursor } } }');
  const cursor = first.data!.customers.pageInfo.endCursor as string;
  const own = await graph.execute('query($c: String) { customers(first: 2, after: $c) { edges { node { id } } } }', { c: cursor });
  expect(own.errors).toBeUndefined();
  for (const query of [
    'query($c: String) { partners(first: 2, after: $c) { edges { node { id } } } }',
    'query($c: String) { partner(id: "ptr-adatum") { customers(first: 2, after: $c) { edges { node { id } } } } }',
    'query($c: String) { offers(first: 2, after: $c) { edges { node { id } } } }',
  ]) {
    const res = await graph.execute(query, { c: cursor });
    expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
  }
});

test('a hand-made cursor (the old unsigned format) is refused', async () => {
  const forged = Buffer.from('cursor:cust-contoso', 'utf8').toString('base64url');
  const res = await graph.execute('query($c: String) { customers(first: 2, after: $c) { edges { node { id } } } }', { c: forged });
  expect(res.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
});
