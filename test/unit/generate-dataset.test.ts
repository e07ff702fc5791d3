import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { csvSink, datasetSink } from '../../src/generate/dataset-files';
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
      else known.accept(set, row as never, new Map(), '2025-01-01T00:00:00.000Z');
    }
  }
  expect(problems).toEqual([]);
});

test('every offer has an offer type and every contact an audience, by the sample graph’s defaults', () => {
  const { dataset } = generate(2000, 1);
  const types = new Set(['SAAS', 'AZURE_APPLICATION', 'AZURE_VIRTUAL_MACHINE', 'AZURE_CONTAINER']);
  expect(dataset.offers.every((o) => types.has(o.offerType!))).toBe(true);
  const isvTypes = new Set(dataset.offers.filter((o) => o.publisherId !== 'pub-microsoft').map((o) => o.offerType));
  expect([...isvTypes].sort()).toEqual([...types].sort());
  expect(dataset.offers.find((o) => o.name === 'Azure plan')!.offerType).toBe('AZURE_APPLICATION');
  expect(dataset.offers.find((o) => o.name === 'Microsoft 365 E3')!.offerType).toBe('SAAS');

  const partnerKind = new Map(dataset.partners.map((p) => [p.id, p.kind]));
  const audienceOf = (c: { audience?: string[] | null }) => (c.audience ?? []).join(';');
  for (const contact of dataset.contacts) {
    const kind = partnerKind.get(contact.ownerId);
    if (contact.kind === 'PARTNER_SUPPORT') expect(audienceOf(contact)).toBe('PARTNERS');
    else if (kind === 'INDIRECT_PROVIDER') expect(audienceOf(contact)).toBe('PARTNERS');
    else if (kind) expect(audienceOf(contact)).toBe('PARTNERS;CUSTOMERS');
    else if (contact.kind === 'CUSTOMER_SUPPORT') expect(['PARTNERS', 'PARTNERS;CUSTOMERS']).toContain(audienceOf(contact));
    else expect(audienceOf(contact)).toBe('PARTNERS');
  }
  // Both kinds of ISV customer-support line exist: one customers may call, one only partners may.
  const isvSupport = dataset.contacts.filter((c) => c.kind === 'CUSTOMER_SUPPORT').map(audienceOf);
  expect(new Set(isvSupport)).toEqual(new Set(['PARTNERS', 'PARTNERS;CUSTOMERS']));
});

test('the CSV files carry the offer type and the audience as one `;`-separated cell', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'generate-csv-'));
  try {
    const files = csvSink(dir);
    generateDataset({ customers: 12, seed: 42, idPrefix: 'smp-' }, files.sink);
    files.close();
    const offers = fs.readFileSync(path.join(dir, 'offers.csv'), 'utf8').split('\n');
    expect(offers[0]).toBe('id,name,publisherId,offerType');
    expect(offers[1]).toBe('smp-off-ms-001,Microsoft 365 Business Basic,pub-microsoft,SAAS');
    const contacts = fs.readFileSync(path.join(dir, 'contacts.csv'), 'utf8').split('\n');
    expect(contacts[0]).toBe('id,ownerId,kind,name,email,phone,url,hours,sla,audience');
    expect(contacts.some((line) => line.endsWith(',PARTNERS;CUSTOMERS'))).toBe(true);
    // seeds/import-sample is this very data set: regenerate it rather than editing it by hand.
    for (const file of fs.readdirSync(dir)) {
      expect(fs.readFileSync(path.join(dir, file), 'utf8')).toBe(fs.readFileSync(path.join(__dirname, '..', '..', 'seeds', 'import-sample', file), 'utf8'));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
