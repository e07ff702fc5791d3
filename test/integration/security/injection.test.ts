import { countGraph, openTestGraph, TestGraph } from '../../support/test-graph';

const INJECTIONS = [
  `' OR 1=1 //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  `cust-contoso'}) DETACH DELETE c WITH c MATCH (x {id: '`,
  '`) CALL db.clearQueryCaches() //',
  `\\u0027 OR true //`,
  `*`,
  `cust-contoso\u0000`,
];

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph.close();
});

test.each(INJECTIONS)('%j in every string argument changes no data and finds nothing', async (evil) => {
  const before = await countGraph(graph.db);
  const lookups = await graph.execute(
    'query ($x: ID!) { customer(id: $x) { id } partner(id: $x) { id } offer(id: $x) { id } publisher(id: $x) { id } }',
    { x: evil },
  );
  expect(lookups).toMatchObject({ data: { customer: null, partner: null, offer: null, publisher: null } });

  for (const args of [
    { c: evil, o: 'off-m365-e3', s: null },
    { c: 'cust-contoso', o: evil, s: null },
    { c: 'cust-contoso', o: 'off-m365-e3', s: evil },
  ]) {
    const res = await graph.execute(
      'query ($c: ID!, $o: ID!, $s: ID) { supportPath(customerId: $c, offerId: $o, issueType: BILLING, subscriptionId: $s) { issueType } }',
      args,
    );
    expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
  }

  const page = await graph.execute('query ($a: String) { customers(first: 2, after: $a) { totalCount } }', { a: evil });
  expect(page.errors![0].extensions!.code).toBe('BAD_USER_INPUT');

  expect(await countGraph(graph.db)).toEqual(before);
});
