import { loadSeeds, readDefaultMatrix, readSampleGraph } from '../../../src/graph/seed-loader';
import { countGraph, openTestGraph, TestGraph } from '../../support/test-graph';

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await graph.close();
});

test('loading the seeds again changes no node or relationship count', async () => {
  const before = await countGraph(graph.db);
  await loadSeeds(graph.db, readDefaultMatrix(), readSampleGraph());
  await loadSeeds(graph.db, readDefaultMatrix(), readSampleGraph());
  expect(await countGraph(graph.db)).toEqual(before);
});

test('the sample graph has what the spine asks of it', async () => {
  const sample = readSampleGraph();
  const res = await graph.execute(/* GraphQL */ `
    { customers(first: 50) { totalCount edges { node { subscriptions { salesModel offer { publisher { isMicrosoft } } } } } } }
  `);
  const subs = res.data!.customers.edges.flatMap((e: any) => e.node.subscriptions);
  expect(res.data!.customers.totalCount).toBeGreaterThanOrEqual(12);
  expect(subs.length).toBe(sample.subscriptions.length);
  expect(subs.length).toBeGreaterThanOrEqual(30);
  const mix = new Set(subs.map((s: any) => `${s.salesModel}/${s.offer.publisher.isMicrosoft}`));
  expect([...mix].sort()).toEqual(['DIRECT/false', 'DIRECT/true', 'INDIRECT/false', 'INDIRECT/true']);
  const kinds = sample.partners.map((p) => p.kind);
  expect(kinds.filter((k) => k === 'DIRECT').length).toBeGreaterThanOrEqual(1);
  expect(kinds.filter((k) => k === 'INDIRECT_PROVIDER').length).toBeGreaterThanOrEqual(2);
  expect(kinds.filter((k) => k === 'INDIRECT_RESELLER').length).toBeGreaterThanOrEqual(3);
});

test('the default matrix in the graph is the one in seeds/', async () => {
  const stored = await graph.db.read<any>('unscoped/support-matrix/list-support-rules', { offerCategory: null, issueType: null });
  const key = (r: any) => `${r.offerCategory}:${r.issueType}`;
  const expected = readDefaultMatrix().rules.map((r) => ({
    key: key(r),
    steps: r.steps.map((s, i) => ({ rank: i + 1, ...s })),
  }));
  expect(stored.map((r) => ({ key: key(r), steps: r.steps })).sort((a, b) => a.key.localeCompare(b.key))).toEqual(
    expected.sort((a, b) => a.key.localeCompare(b.key)),
  );
});
