import { ideExamples } from '../../../src/http/ide-examples';
import { buildGraphQLSchema } from '../../../src/schema/build-schema';
import * as explorer from '../../../web/explorer/queries';
import { openTestGraph, TestGraph } from '../../support/test-graph';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(() => graph.close());

const examples = ideExamples(buildGraphQLSchema());

test.each(examples.map((e) => [e.name, e] as const))('the IDE example %s answers on the sample graph, within the default limits', async (_name, example) => {
  const res = await graph.execute(example.query, JSON.parse(example.variables));
  expect(res.errors).toBeUndefined();
  expect(Object.values(res.data ?? {}).every((v) => v !== null && (!Array.isArray(v) || v.length > 0))).toBe(true);
});

test('the support-path example answers with the partner of record, the provider and Microsoft', async () => {
  const example = examples.find((e) => e.name === 'SupportPath')!;
  const res = await graph.execute(example.query, JSON.parse(example.variables));
  expect(res.data!.supportPath.steps.map((s: any) => s.party.name)).toEqual(['Tailspin IT', 'Adatum Distribution', 'Microsoft']);
});

test("the explorer's operations answer on the sample graph", async () => {
  const search = await graph.execute(explorer.SEARCH_CUSTOMERS, { text: 'wide world' });
  expect(search.data!.search[0].node).toEqual({ __typename: 'Customer', id: 'cust-wideworld', name: 'Wide World Importers' });

  const customer = await graph.execute(explorer.CUSTOMER_SUBSCRIPTIONS, { id: 'cust-wideworld' });
  expect(customer.data!.customer.subscriptions.map((s: any) => s.offer.id)).toEqual(['off-m365-e3', 'off-litware-siem', 'off-proseware-archive']);

  const matrix = await graph.execute(explorer.MATRIX_ISSUE_TYPES);
  expect(matrix.data!.supportMatrix).toContainEqual({ offerCategory: 'THIRD_PARTY', issueType: 'TECHNICAL' });

  const features = await graph.execute(explorer.SCHEMA_FEATURES);
  expect(features.data!.query.fields.find((f: any) => f.name === 'supportPath').args.map((a: any) => a.name)).toContain('customerId');

  const path = await graph.execute(explorer.SUPPORT_PATH, {
    customerId: 'cust-wideworld',
    offerId: 'off-proseware-archive',
    subscriptionId: 'sub-008',
    issueType: 'TECHNICAL',
    at: null,
  });
  expect(path.errors).toBeUndefined();
  expect(path.data!.supportPath.hasGaps).toBe(true);
});
