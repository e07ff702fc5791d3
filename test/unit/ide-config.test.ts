import { parse, validate } from 'graphql';
import { ConfigError, loadConfig } from '../../src/config';
import { ideExamples, supportPathExample } from '../../src/http/ide-examples';
import { buildGraphQLSchema } from '../../src/schema/build-schema';
import { EXPLORER_OPERATIONS } from '../../src/http/explorer-operations';

describe('GRAPHQL_IDE', () => {
  test('on in development, off in production unless asked for; asking for it turns introspection on', () => {
    expect(loadConfig({}).graphqlIde).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ graphqlIde: false, introspection: false });
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_IDE: 'true' })).toMatchObject({ graphqlIde: true, introspection: true });
  });

  test('an IDE without introspection is refused at start, naming both variables', () => {
    expect(() => loadConfig({ GRAPHQL_IDE: 'true', GRAPHQL_INTROSPECTION: 'false' })).toThrow(ConfigError);
    expect(() => loadConfig({ GRAPHQL_IDE: 'true', GRAPHQL_INTROSPECTION: 'false' })).toThrow(/GRAPHQL_IDE.*GRAPHQL_INTROSPECTION/);
  });
});

test('LOG_LEVEL takes a pino level and nothing else', () => {
  expect(loadConfig({}).logLevel).toBe('info');
  expect(loadConfig({ LOG_LEVEL: 'DEBUG' }).logLevel).toBe('debug');
  expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/);
});

test("every IDE example and every explorer operation is valid against the service's schema", () => {
  const schema = buildGraphQLSchema();
  const operations = [...ideExamples(schema).map((e) => [e.name, e.query]), ...Object.entries(EXPLORER_OPERATIONS)];
  for (const [name, query] of operations) expect([name, validate(schema, parse(query)).map((e) => e.message)]).toEqual([name, []]);
});

test("the support-path example asks for each step's clauses, resources, how the customer reaches it, and takes the audience", () => {
  const schema = buildGraphQLSchema();
  const example = supportPathExample(schema);
  expect(validate(schema, parse(example.query)).map((e) => e.message)).toEqual([]);
  expect(example.query).toContain('clauses { clause quote translation }');
  expect(example.query).toMatch(/resources \{ id kind url offer \{ id name/);
  expect(example.query).toContain('reachedThroughRank');
  expect(example.query).toContain('audience: $audience');
  expect(JSON.parse(example.variables)).toMatchObject({ audience: 'PARTNERS' });
});
