import { createApolloServer } from '../../../src/app';
import { LOCAL_ANALYST } from '../../../src/auth/caller';
import { loadConfig } from '../../../src/config';
import { createContext } from '../../../src/context';
import { openTestDriver } from '../../support/test-neo4j';
import { Neo4jExecutor } from '../../../src/graph/executor';

async function ask(env: Record<string, string>, query: string) {
  const driver = await openTestDriver();
  const apollo = createApolloServer({ info: () => {}, error: () => {} }, loadConfig(env));
  await apollo.start();
  try {
    const res = await apollo.executeOperation(
      { query },
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
