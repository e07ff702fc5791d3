import { createApolloServer } from '../../../src/app';
import { LOCAL_ANALYST } from '../../../src/auth/caller';
import { loadConfig } from '../../../src/config';
import { createContext } from '../../../src/context';
import { openTestDriver } from '../../support/test-neo4j';
import { Neo4jExecutor } from '../../../src/graph/executor';

async function ask(env: Record<string, string>, query: string, variables?: Record<string, unknown>) {
  const driver = await openTestDriver();
  const apollo = createApolloServer({ info: () => {}, error: () => {} }, loadConfig(env));
  await apollo.start();
  try {
    const res = await apollo.executeOperation(
      { query, variables },
      { contextValue: createContext(new Neo4jExecutor(driver), { maxPageSize: 100 }, LOCAL_ANALYST) },
    );
    return (res.body as any).singleResult;
  } finally {
    await apollo.stop();
    await driver.close();
  }
}

const INTROSPECT = '{ __schema { queryType { name } } }';

test('NODE_ENV=production turns introspection off', async () => {
  const res = await ask({ NODE_ENV: 'production' }, INTROSPECT);
  expect(res.errors[0].message).toMatch(/introspection is not allowed/i);
});

test('GRAPHQL_INTROSPECTION=true turns it back on explicitly', async () => {
  const res = await ask({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }, INTROSPECT);
  expect(res.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
});

test('production hides field suggestions', async () => {
  const res = await ask({ NODE_ENV: 'production' }, '{ customr(id: "x") { id } }');
  expect(res.errors[0].message).not.toMatch(/Did you mean/);
  expect(res.errors[0].message).not.toMatch(/customer/);
});

test('development keeps introspection for the IDE', async () => {
  const res = await ask({}, INTROSPECT);
  expect(res.data.__schema.queryType.name).toBe('Query');
});

describe('production hides suggestions everywhere (issue 10, item 7)', () => {
  const cases: Array<[string, string, Record<string, unknown> | undefined]> = [
    ['a variable coerced to an enum', 'query($i: IssueType) { supportMatrix(issueType: $i) { issueType } }', { i: 'BILLNG' }],
    ['a literal enum argument', '{ supportMatrix(issueType: BILLNG) { issueType } }', undefined],
    ['an input field of a variable', 'mutation($input: CustomerInput!) { upsertCustomer(input: $input) { id } }', { input: { id: 'x', nam: 'X' } }],
    ['an argument name', '{ customer(idd: "x") { id } }', undefined],
    ['a type name', 'query($i: IssueTyp) { supportMatrix(issueType: $i) { issueType } }', { i: 'BILLING' }],
  ];
  test.each(cases)('%s', async (_name, query, variables) => {
    const prod = await ask({ NODE_ENV: 'production' }, query, variables);
    expect(prod.errors.length).toBeGreaterThan(0);
    for (const error of prod.errors) {
      expect(error.message).not.toMatch(/Did you mean|"BILLING"/);
    }
    // Outside production the same request does suggest, so the case is a real one.
    const dev = await ask({}, query, variables);
    expect(dev.errors.map((e: { message: string }) => e.message).join(' ')).toMatch(/Did you mean/);
  });
});
