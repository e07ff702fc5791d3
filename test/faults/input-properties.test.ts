import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { GraphQLInputType, GraphQLNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import { ENTITY_SETS, SET_COLUMNS } from '../../src/domain/dataset';
import type { GraphConnection } from '../../src/graph/connect';
import { loadMatrix, readDefaultMatrix } from '../../src/graph/seed-loader';
import { runImport } from '../../src/import/run-import';
import { buildGraphQLSchema } from '../../src/schema/build-schema';
import { HttpApp, startHttpApp } from '../support/http-app';
import { countGraph, deleteTestData, plantGraph, testIdPrefix } from '../support/test-graph';

// Property-based: any value, for every argument of every mutation and every import column, is
// answered without INTERNAL_SERVER_ERROR or a 5xx, and only a write that succeeded changes the graph.
// Every id a generated write can touch is under this file's prefix, so seed data stays as it is.
const P = testIdPrefix();
const RUNS = Number(process.env.PROPERTY_RUNS ?? 25);
const own = (name: string) => `${P}${name}`;
const POOL = {
  publisher: own('pub'),
  offer: own('off'),
  direct: own('ptr-direct'),
  provider: own('ptr-provider'),
  reseller: own('ptr-reseller'),
  customer: own('cust'),
  subscription: own('sub'),
  contact: own('con'),
  resource: own('res'),
};

let graph: GraphConnection;
let app: HttpApp;
beforeAll(async () => {
  app = await startHttpApp();
  graph = app.graph;
  await plantGraph(graph.executor, {
    publishers: [{ id: POOL.publisher, name: 'Prop Publisher', isMicrosoft: false }],
    partners: [
      { id: POOL.direct, name: 'Prop Direct', kind: 'DIRECT' },
      { id: POOL.provider, name: 'Prop Provider', kind: 'INDIRECT_PROVIDER' },
      { id: POOL.reseller, name: 'Prop Reseller', kind: 'INDIRECT_RESELLER' },
    ],
    customers: [{ id: POOL.customer, name: 'Prop Customer' }],
  } as never);
}, 120_000);
afterAll(async () => {
  await deleteTestData(graph.executor, P);
  // setSupportRule may have replaced rules: the default matrix covers every rule, so loading it restores them.
  await loadMatrix(graph.executor, readDefaultMatrix());
  await app.close();
});

/** Text of every kind: ordinary, empty, huge, control characters, lone surrogates, emoji. */
const anyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
  fc.constantFrom('', ' ', '\ud800', 'a\udc00', '\u0000', 'x'.repeat(5000), '1e400', 'NaN', '2026-02-30T00:00:00Z', '9999-12-31T23:59:59Z', '-000001-01-01T00:00:00Z'),
);
const referenced = fc.constantFrom(...Object.values(POOL), 'cust-contoso', 'ptr-adatum', 'off-azure-plan');
const ownId = fc.oneof(fc.constantFrom(...Object.values(POOL)), anyText.map((t) => own(t)));
const anyJson: fc.Arbitrary<unknown> = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double(), anyText, fc.array(fc.string(), { maxLength: 2 }));

/** Values for a GraphQL input type: mostly of the right shape, sometimes anything at all. */
function valueOf(type: GraphQLInputType, field: string): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof({ weight: 12, arbitrary: valueOf(type.ofType, field) }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) return fc.array(valueOf(type.ofType, field), { maxLength: 3 });
  const named = type as GraphQLNamedType;
  let shaped: fc.Arbitrary<unknown>;
  if (isInputObjectType(named)) {
    const fields = Object.values(named.getFields());
    shaped = fc.record(Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, f.name)])), {
      requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name),
    });
  } else if (isEnumType(named)) {
    shaped = fc.constantFrom(...named.getValues().map((v) => v.name));
  } else if (isScalarType(named) && named.name === 'ID') {
    shaped = field === 'id' ? ownId : fc.oneof(referenced, anyText);
  } else if (isScalarType(named) && named.name === 'DateTime') {
    shaped = fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), anyText);
  } else if (isScalarType(named) && (named.name === 'Int' || named.name === 'Float')) {
    shaped = fc.oneof(fc.integer(), fc.double());
  } else if (isScalarType(named) && named.name === 'Boolean') {
    shaped = fc.boolean();
  } else {
    shaped = field.endsWith('Id') ? fc.oneof(referenced, anyText) : anyText;
  }
  // An entity's own id stays under the prefix even when the value is "anything": GraphQL's ID
  // takes a string or an integer, and either could create an entity the cleanup would not find.
  const anything = field === 'id' ? anyJson.map((v) => (typeof v === 'string' || typeof v === 'number' ? own(String(v)) : v)) : anyJson;
  return fc.oneof({ weight: 6, arbitrary: shaped }, { weight: 1, arbitrary: anything });
}

const schema = buildGraphQLSchema();
const mutations = Object.values(schema.getMutationType()!.getFields());

async function post(query: string, variables: Record<string, unknown>) {
  const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string } }> } };
}

describe.each(mutations.map((m) => [m.name, m] as const))('mutation %s', (name, mutation) => {
  const declarations = mutation.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const passing = mutation.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `mutation (${declarations}) { ${name}(${passing}) { __typename } }`;
  const variables = fc.record(Object.fromEntries(mutation.args.map((a) => [a.name, valueOf(a.type, a.name)])));

  test('any input: no internal error, no 5xx; the graph changes only when the write succeeded', async () => {
    const codes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(variables, async (vars) => {
        const before = await countGraph(graph.executor);
        const { status, body } = await post(query, vars);
        const errorCodes = (body.errors ?? []).map((e) => e.extensions?.code ?? 'none');
        for (const code of errorCodes.length ? errorCodes : ['OK']) codes.set(code, (codes.get(code) ?? 0) + 1);
        expect(status).toBeLessThan(500);
        expect(errorCodes).not.toContain('INTERNAL_SERVER_ERROR');
        expect(errorCodes).not.toContain('none');
        if (errorCodes.length) expect(await countGraph(graph.executor)).toEqual(before);
      }),
      { numRuns: RUNS },
    );
    console.log(`${name}: ${RUNS} generated inputs, outcomes ${JSON.stringify(Object.fromEntries(codes))}`);
  }, 300_000);
});

describe('import', () => {
  const rowFor = (set: (typeof ENTITY_SETS)[number]) => {
    const { required, optional } = SET_COLUMNS[set];
    const columns = [...required, ...optional];
    return fc.record(
      Object.fromEntries(columns.map((c) => [c, c === 'id' ? ownId : c.endsWith('Id') ? fc.oneof(referenced, anyText) : fc.oneof(anyText, anyJson)])),
      { requiredKeys: [] },
    );
  };
  const documents = fc.record(Object.fromEntries(ENTITY_SETS.map((set) => [set, fc.array(rowFor(set), { maxLength: 3 })])));

  test('any value in any column is a written or a rejected row, never an aborted import', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-import-props-'));
    try {
      let rejected = 0;
      let written = 0;
      await fc.assert(
        fc.asyncProperty(documents, async (doc) => {
          const file = path.join(dir, 'data.json');
          fs.writeFileSync(file, JSON.stringify(doc));
          const before = await countGraph(graph.executor);
          const summary = await runImport(graph.executor, file, { batchSize: 10, callerId: 'import:properties' });
          const rows = Object.values(doc).reduce((n, list) => n + list.length, 0);
          expect(summary.read).toBe(rows);
          expect(summary.written + summary.rejected).toBe(rows);
          if (summary.written === 0) expect(await countGraph(graph.executor)).toEqual(before);
          rejected += summary.rejected;
          written += summary.written;
        }),
        { numRuns: Math.max(5, Math.round(RUNS / 2)) },
      );
      console.log(`import: ${written} generated rows written, ${rejected} rejected`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
