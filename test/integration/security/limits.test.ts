import { Lexer, Source, TokenKind } from 'graphql';
import { DEFAULT_MAX_COST } from '../../../src/config';
import { openTestGraph, TestGraph } from '../../support/test-graph';

let graph: TestGraph;
let sessions = 0;
beforeAll(async () => {
  graph = await openTestGraph();
  const open = graph.driver.session.bind(graph.driver);
  graph.driver.session = ((...args: Parameters<typeof open>) => {
    sessions += 1;
    return open(...args);
  }) as typeof graph.driver.session;
});
afterAll(async () => {
  await graph.close();
});

/** Runs a query and reports how many Neo4j sessions it opened. */
async function run(query: string) {
  const before = sessions;
  const res = await graph.execute(query);
  return { res, sessionsOpened: sessions - before };
}

const nest = (depth: number): string => {
  // customers → edges → node → subscriptions → offer → publisher → offers → publisher → offers → …
  const path = ['customers(first: 1)', 'edges', 'node', 'subscriptions', 'offer', 'publisher', 'offers', 'publisher', 'offers', 'publisher', 'offers', 'publisher', 'offers'];
  const fields = path.slice(0, depth);
  return `{ ${fields.map((f) => `${f} {`).join(' ')} id ${'}'.repeat(fields.length)} }`.replace('customers(first: 1) { id', 'customers(first: 1) { totalCount');
};

function tokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count += 1;
  return count;
}

/** A valid query of exactly `n` tokens: repeated identical lookups, padded with __typename. */
function queryOfTokens(n: number): string {
  const unit = 'customer(id: "cust-contoso") { id }';
  let body = '';
  while (tokens(`{ ${body} ${unit} __typename }`) <= n) body += ` ${unit}`;
  while (tokens(`{ ${body} }`) < n) body += ' __typename';
  return `{ ${body} }`;
}

describe('depth', () => {
  test('depth 12 passes, 13 is refused before any session opens', async () => {
    const atBound = await run(nest(11));
    expect(atBound.res.errors).toBeUndefined();
    expect(atBound.sessionsOpened).toBeGreaterThan(0);
    const past = await run(nest(12));
    expect(past.res.errors![0].message).toMatch(/depth limit of 12 exceeded, found 13/);
    expect(past.res.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(past.sessionsOpened).toBe(0);
  });
});

describe('aliases', () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: customer(id: "cust-contoso") { id }`).join(' ')} }`;
  test('15 aliases pass, 16 are refused before any session opens', async () => {
    const atBound = await run(aliased(15));
    expect(atBound.res.errors).toBeUndefined();
    expect(Object.keys(atBound.res.data!)).toHaveLength(15);
    const past = await run(aliased(16));
    expect(past.res.errors![0].message).toMatch(/Aliases limit of 15 exceeded/);
    expect(past.sessionsOpened).toBe(0);
  });
});

describe('tokens', () => {
  test('1000 tokens pass, 1001 are refused before any session opens', async () => {
    const atBound = await run(queryOfTokens(1000));
    expect(tokens(queryOfTokens(1000))).toBe(1000);
    expect(atBound.res.errors).toBeUndefined();
    const past = await run(queryOfTokens(1001));
    expect(past.res.errors![0].message).toMatch(/1000 tokens/);
    expect(past.res.errors![0].extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(past.sessionsOpened).toBe(0);
  });
});

describe('cost', () => {
  // The model and its weights: src/schema/common/cost-model.ts (db hits measured on a 50k-customer graph,
  // bench/cost-queries.json); the default limit: DEFAULT_MAX_COST.
  test('a 50-customer nested page (customers → subscriptions → offer → publisher → contacts) passes', async () => {
    const page = await run(
      '{ customers(first: 50) { totalCount edges { node { id name subscriptions { id partnerOfRecord { id } offer { id name publisher { id name contacts { kind email phone url } } } } } } } }',
    );
    expect(page.res.errors).toBeUndefined();
    expect(page.res.data!.customers.edges.length).toBeGreaterThan(0);
  });

  const ALIASED = (field: string, n: number) => `query($n: Int) { ${Array.from({ length: n }, (_, i) => `a${i}: ${field} { totalCount }`).join(' ')} }`;
  const WHOLE = (n: number) => ALIASED('subscriptions(first: $n)', n);
  const FILTERED = (n: number) => ALIASED('customersMatching(first: $n, filter: {nameContains: "a"})', n);
  const DEEP = 'query($n: Int) { customers(first: $n) { edges { node { subscriptionsConnection(first: $n) { edges { node { offer { subscriptions(first: $n) { edges { node { id } } } } } } } } } } }';
  const refusals: Array<[string, string, Record<string, unknown>]> = [
    ['15 aliased subscriptions(first: $n)', WHOLE(15), { n: 100 }],
    ['15 aliased subscriptions(first: $n) with a small $n', WHOLE(15), { n: 1 }],
    ['4 aliased filtered customer lists (each follows the graph, not the page)', FILTERED(4), { n: 1 }],
    ['deep nested connections with first from variables', DEEP, { n: 100 }],
    ['deep nested connections with literal first', DEEP.replace('query($n: Int) ', '').replace(/\$n/g, '100'), {}],
  ];
  test.each(refusals)('%s is refused with QUERY_TOO_COSTLY before any session opens', async (_name, query, variables) => {
    const before = sessions;
    const res = await graph.execute(query, variables);
    expect(res.data).toBeUndefined();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', maxCost: DEFAULT_MAX_COST });
    expect(res.errors![0].extensions!.cost).toBeGreaterThan(DEFAULT_MAX_COST);
    expect(sessions - before).toBe(0);
  });

  test('one analysis of each kind in one request passes: gaps, outage impact and a filtered list', async () => {
    const res = await graph.execute(`{ supportGaps(first: 100) { totalCount } outageImpact(publisherId: "pub-litware") { affectedCustomerCount }
      customersMatching(first: 50, filter: {nameContains: "a"}) { totalCount } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.supportGaps.totalCount).toBeGreaterThan(0);
  });

  test('the cost follows the variables: the same operation passes with a small $n', async () => {
    const res = await graph.execute(DEEP, { n: 5 });
    expect(res.errors).toBeUndefined();
  });

  test('a remembered cost is one of the same values: after passing with a small $n, a large $n is still refused', async () => {
    expect((await graph.execute(DEEP, { n: 3 })).errors).toBeUndefined();
    const refused = await graph.execute(DEEP, { n: 100 });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY' });
    // @include weighs too: the same document with the costly part skipped passes.
    const INCLUDED = 'query($n: Int, $all: Boolean!) { customers(first: 1) { totalCount } a: subscriptions(first: $n) @include(if: $all) { totalCount } b: subscriptions(first: $n) @include(if: $all) { totalCount } c: subscriptions(first: $n) @include(if: $all) { totalCount } d: subscriptions(first: $n) @include(if: $all) { totalCount } }';
    expect((await graph.execute(INCLUDED, { n: 100, all: false })).errors).toBeUndefined();
    expect((await graph.execute(INCLUDED, { n: 100, all: true })).errors![0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY' });
  });

  test('a variable that does not coerce is refused as such, not as a cost', async () => {
    const res = await graph.execute(DEEP, { n: 'many' });
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});

test('field suggestions are shown outside production (hidden in production: see production.test.ts)', async () => {
  const res = await graph.execute('{ customr(id: "x") { id } }');
  expect(res.errors![0].message).toMatch(/Did you mean "customer"/);
});
