import { datasetSink } from '../../src/generate/dataset-files';
import { generateDataset, shapeFor } from '../../src/generate/generate-dataset';
import { ENTITY_SETS } from '../../src/domain/dataset';
import { KnownEntities } from '../../src/graph/writes/known-entities';
import { WRITE_OPS } from '../../src/graph/writes/write-ops';

const generate = (customers: number, seed: number) => {
  const { sink, dataset } = datasetSink();
  const counts = generateDataset({ customers, seed, idPrefix: 'g-' }, sink);
  return { dataset, counts };
};

test('the same seed gives the same data set; another seed another one', () => {
  expect(generate(200, 3).dataset).toEqual(generate(200, 3).dataset);
  expect(generate(200, 4).dataset.customers).not.toEqual(generate(200, 3).dataset.customers);
});

test('it has the shape the benchmarks need', () => {
  const { dataset, counts } = generate(2000, 1);
  const shape = shapeFor(2000);
  expect(counts.customers).toBe(2000);
  expect(counts.subscriptions / counts.customers).toBeGreaterThan(2.5);
  expect(counts.subscriptions / counts.customers).toBeLessThan(3.5);
  expect(dataset.partners.filter((p) => p.kind === 'INDIRECT_RESELLER')).toHaveLength(shape.resellers);
  expect(dataset.publishers.filter((p) => p.isMicrosoft)).toHaveLength(1);
  expect(dataset.subscriptions.some((s) => s.validTo)).toBe(true);
  // Gaps: some parties lack a contact the matrix names.
  const withDesk = new Set(dataset.contacts.filter((c) => c.kind === 'SUPPORT_DESK').map((c) => c.ownerId));
  expect(dataset.partners.some((p) => !withDesk.has(p.id))).toBe(true);
  expect(shapeFor(1_000_000)).toEqual({ providers: 8, resellers: 4000, directPartners: 200, isvs: 400 });
});

test('every generated row passes the write rules, in import order', () => {
  const { dataset } = generate(500, 11);
  const known = new KnownEntities();
  const ctx = { entity: (id: string) => known.get(id), microsoftPublisherId: () => known.microsoftPublisherId(), now: new Date().toISOString() };
  const problems: unknown[] = [];
  for (const set of ENTITY_SETS) {
    for (const row of dataset[set]) {
      const found = WRITE_OPS[set].validate(row as never, ctx, undefined);
      if (found.length) problems.push({ set, row, found });
      else known.accept(set, row as never, new Map());
    }
  }
  expect(problems).toEqual([]);
});
