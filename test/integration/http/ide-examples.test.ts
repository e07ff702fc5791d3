import { ideExamples } from '../../../src/http/ide-examples';
import { buildGraphQLSchema } from '../../../src/schema/build-schema';
import { EXPLORER_OPERATIONS as explorer } from '../../../src/http/explorer-operations';
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

test("the explorer's support-path query brings each step's source clauses, and the customer's view when asked for it", async () => {
  const question = { customerId: 'cust-contoso', offerId: 'off-trey-forecast', subscriptionId: 'sub-003', issueType: 'TECHNICAL', at: null };
  const partners = await graph.execute(explorer.SUPPORT_PATH, { ...question, audience: 'PARTNERS' });
  expect(partners.errors).toBeUndefined();
  expect(partners.data!.supportPath.steps.map((s: any) => [s.party.name, s.clauses.map((c: any) => c.clause), s.reachedThroughRank])).toEqual([
    ['Fabrikam Cloud Services', ['PARTNER_ROUTING'], null],
    ['Trey Research Analytics', ['ISV_ROLE', 'INTRO_TECHNICAL'], null],
  ]);
  expect(partners.data!.supportPath.steps[1].clauses[0]).toEqual({ clause: 'ISV_ROLE', quote: expect.any(String), translation: expect.any(String) });
  expect(partners.data!.supportPath.steps[1].contacts.map((c: any) => c.kind)).toContain('CUSTOMER_SUPPORT');

  const customers = await graph.execute(explorer.SUPPORT_PATH, { ...question, audience: 'CUSTOMERS' });
  expect(customers.errors).toBeUndefined();
  expect(customers.data!.supportPath.steps[1]).toMatchObject({ party: { name: 'Trey Research Analytics' }, contacts: [], reachedThroughRank: 1 });
});
