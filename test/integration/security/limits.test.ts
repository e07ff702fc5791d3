import { Lexer, Source, TokenKind } from 'graphql';
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
  // graphql-armor's cost: an object field costs 2 plus 1.5 × its children, times its literal `first`;
  // a scalar costs 1. So `customers(first: 100) { totalCount }` costs (2 + 1.5) × 100 = 350.
  const costing = (extraTypenames: number) =>
    `{ ${Array.from({ length: 14 }, (_, i) => `a${i}: customers(first: 100) { totalCount }`).join(' ')}` +
    ` customers(first: 20) { totalCount } ${'__typename '.repeat(extraTypenames)}}`;
  test('cost 5000 passes, 5001 is refused before any session opens', async () => {
    const atBound = await run(costing(30)); // 14 × 350 + 70 + 30 = 5000
    expect(atBound.res.errors).toBeUndefined();
    const past = await run(costing(31));
    expect(past.res.errors![0].message).toMatch(/Cost limit of 5000 exceeded, found 5001/);
    expect(past.sessionsOpened).toBe(0);
  });
});

test('field suggestions are shown outside production (hidden in production: see production.test.ts)', async () => {
  const res = await graph.execute('{ customr(id: "x") { id } }');
  expect(res.errors![0].message).toMatch(/Did you mean "customer"/);
});
