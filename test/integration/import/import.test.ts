import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { csvSink, datasetSink, writeJsonDataset } from '../../../src/generate/dataset-files';
import { generateDataset } from '../../../src/generate/generate-dataset';
import { ImportFileError } from '../../../src/import/import-sources';
import { readSnapshots } from '../../../src/graph/writes/snapshots';
import { runImport } from '../../../src/import/run-import';
import { countGraph, deleteTestData, openTestGraph, TestGraph, testIdPrefix } from '../../support/test-graph';

const P = testIdPrefix();
const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-import-test-'));
  dirs.push(dir);
  return dir;
};
const IMPORT = { batchSize: 25, callerId: 'import:test' };

let graph: TestGraph;
beforeAll(async () => {
  graph = await openTestGraph();
});
afterAll(async () => {
  await deleteTestData(graph.db, P);
  await graph.close();
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A small generated data set written as CSV files, its ids under `prefix`. */
function csvData(prefix: string, customers = 30, seed = 5): { dir: string; rows: number } {
  const dir = tempDir();
  const files = csvSink(dir);
  const counts = generateDataset({ customers, seed, idPrefix: prefix }, files.sink);
  files.close();
  return { dir, rows: Object.values(counts).reduce((a, b) => a + b, 0) };
}

const countPrefix = async (prefix: string) =>
  (await graph.db.read<{ nodes: number; relationships: number }>('unscoped/test-support/count-graph-by-id-prefix', { prefix }))[0];

/** The subgraph under a prefix with the prefix taken out of every value: equal dumps mean equal graphs. */
async function dump(prefix: string): Promise<unknown[]> {
  const rows = await graph.db.read('unscoped/test-support/dump-by-id-prefix', { prefix });
  return JSON.parse(
    JSON.stringify(rows, (_k, v) => (typeof v === 'string' ? v.split(prefix).join('~') : v && v.constructor?.name === 'DateTime' ? v.toString() : v)),
  );
}

test('an import writes every row; the same import again changes nothing', async () => {
  const prefix = `${P}a-`;
  const { dir, rows } = csvData(prefix);
  const first = await runImport(graph.db, dir, IMPORT);
  expect(first).toMatchObject({ read: rows, written: rows, rejected: 0, rejections: [] });
  expect(first.changed).toBeGreaterThan(0);
  const counts = await countGraph(graph.db);
  const mine = await countPrefix(prefix);

  const second = await runImport(graph.db, dir, IMPORT);
  expect(second).toMatchObject({ read: rows, written: rows, rejected: 0, changed: 0 });
  expect(await countGraph(graph.db)).toEqual(counts);
  expect(await countPrefix(prefix)).toEqual(mine);

  const customer = await graph.execute(`{ changes(entityId: "${prefix}cust-0000001") { totalCount edges { node { operation callerId source before } } } }`);
  expect(customer.data!.changes.totalCount).toBe(1);
  expect(customer.data!.changes.edges[0].node).toEqual({ operation: 'import', callerId: 'import:test', source: 'customers.csv', before: null });
});

test('two imports of the same data at once leave one copy of everything', async () => {
  const once = `${P}once-`;
  const twice = `${P}twice-`;
  await runImport(graph.db, csvData(once).dir, IMPORT);
  const { dir } = csvData(twice);
  const [a, b] = await Promise.all([runImport(graph.db, dir, IMPORT), runImport(graph.db, dir, IMPORT)]);
  expect(a.rejected + b.rejected).toBe(0);
  expect(await countPrefix(twice)).toEqual(await countPrefix(once));
  expect(await dump(twice)).toEqual(await dump(once));
});

test('CSV and JSON imports of the same data give the same graph', async () => {
  const fromCsv = `${P}csv-`;
  const fromJson = `${P}json-`;
  await runImport(graph.db, csvData(fromCsv, 20, 9).dir, IMPORT);
  const { sink, dataset } = datasetSink();
  generateDataset({ customers: 20, seed: 9, idPrefix: fromJson }, sink);
  const file = path.join(tempDir(), 'dataset.json');
  writeJsonDataset(file, dataset);
  const summary = await runImport(graph.db, file, IMPORT);
  expect(summary.rejected).toBe(0);
  const csvGraph = await dump(fromCsv);
  expect(csvGraph.length).toBeGreaterThan(100);
  expect(await dump(fromJson)).toEqual(csvGraph);
});

test('the audit records each imported entity as the graph then holds it', async () => {
  const prefix = `${P}audit-`;
  await runImport(graph.db, csvData(prefix, 30, 7).dir, IMPORT);
  const changes = await graph.db.read<{ entityId: string; entityType: string; after: string }>('unscoped/test-support/find-latest-changes-by-id-prefix', { prefix });
  expect(changes.length).toBeGreaterThan(100);
  const now = await graph.db.readTx((tx) => readSnapshots(tx, changes.map((c) => c.entityId)));
  for (const c of changes) {
    expect({ id: c.entityId, type: c.entityType, state: JSON.parse(c.after) }).toEqual({ id: c.entityId, ...now.get(c.entityId) });
  }
});

test('a subscription imported with an end is held, and sold and supplied, until that end', async () => {
  const prefix = `${P}ended-`;
  const { dir } = csvData(prefix, 30, 7);
  expect((await runImport(graph.db, dir, IMPORT)).rejected).toBe(0);
  const [header, ...lines] = fs.readFileSync(path.join(dir, 'subscriptions.csv'), 'utf8').trim().split('\n');
  const column = (name: string) => header.split(',').indexOf(name);
  const ended = lines.map((line) => line.split(',')).filter((cells) => cells[column('validTo')] && cells[column('providerId')]);
  expect(ended.length).toBeGreaterThan(0);
  const nodes = new Map((await dump(prefix)).map((n: any) => [n.id, n]));
  const epoch = (instant: string) => new Date(instant).getTime();
  for (const cells of ended) {
    const sub = cells[column('id')].split(prefix).join('~');
    const periods = [
      ...nodes.get(cells[column('customerId')].split(prefix).join('~')).out.filter((r: any) => r.to === sub),
      ...nodes.get(sub).out.filter((r: any) => r.type !== 'FOR_OFFER'),
    ].map((r: any) => ({ type: r.type, from: epoch(r.properties.validFrom), to: r.properties.validTo && epoch(r.properties.validTo) }));
    const period = { from: epoch(cells[column('validFrom')]), to: epoch(cells[column('validTo')]) };
    expect(periods).toEqual([{ type: 'HAS_SUBSCRIPTION', ...period }, { type: 'SOLD_BY', ...period }, { type: 'SUPPLIED_BY', ...period }]);
  }
});

test("the write pass reads each batch's own entities once and reads back only reseller links", async () => {
  const prefix = `${P}reads-`;
  const dir = tempDir();
  const files = csvSink(dir);
  const counts = generateDataset({ customers: 30, seed: 11, idPrefix: prefix }, files.sink);
  files.close();
  const batches = (n: number) => Math.ceil(n / IMPORT.batchSize);
  const writeBatches = Object.values(counts).reduce((sum, n) => sum + batches(n), 0);
  const snapshotReads: string[] = [];
  const locks: string[] = [];
  const stop = graph.db.onQuery(({ statement, mode }) => {
    if (mode === 'WRITE' && (statement === 'unscoped/write/find-entity-snapshots' || statement.startsWith('unscoped/write/snapshots/'))) snapshotReads.push(statement);
    if (statement === 'write/lock-entities' || statement === 'write/lock-creations' || statement.startsWith('write/locks/')) locks.push(statement);
  });
  try {
    expect((await runImport(graph.db, dir, IMPORT)).rejected).toBe(0);
  } finally {
    stop();
  }
  // Each batch takes the creation gate first and locks once (it used to lock, find its rows
  // missing, take the gate and lock again), all in its own kind's statement (the union is slow to
  // plan; the gate was a statement of its own), which also reads the batch's own entities under
  // their locks.
  expect(locks).toHaveLength(writeBatches);
  expect(locks.filter((statement) => !statement.startsWith('write/locks/'))).toEqual([]);
  // Before: every batch read its rows and all they refer to, then read its rows back for the
  // audit; then a snapshot read of its own rows after the locks. Now only reseller links are read
  // back, by their kind's statement, never the nine kinds' union.
  expect(snapshotReads).toEqual(Array(batches(counts.resellerLinks)).fill('unscoped/write/snapshots/partner'));
});

describe('rejected rows', () => {
  const prefix = `${P}bad-`;
  const id = (name: string) => `${prefix}${name}`;

  test('are reported with file, line, field and reason, and leave nothing behind', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'partners.csv'), `id,name,kind\n${id('direct')},Direct Co,DIRECT\n${id('odd')},Odd Co,WHOLESALER\n`);
    fs.writeFileSync(path.join(dir, 'customers.csv'), `id,name\n${id('good')},Good Customer\n${id('nameless')},\n"${id('quoted')}","Quoted, Inc."\n`);
    fs.writeFileSync(
      path.join(dir, 'subscriptions.csv'),
      [
        'id,customerId,offerId,partnerId,providerId',
        `${id('sub-good')},${id('good')},off-m365-e3,${id('direct')},`,
        `${id('sub-orphan')},${id('nameless')},off-m365-e3,${id('direct')},`,
        `${id('sub-provider')},${id('good')},off-azure-plan,${id('direct')},ptr-adatum`,
        '',
      ].join('\n'),
    );
    fs.writeFileSync(
      path.join(dir, 'contacts.csv'),
      `id,ownerId,kind,email,phone\n${id('desk')},${id('direct')},SUPPORT_DESK,desk@direct.example,+1 425 555 0142\n${id('bad-mail')},${id('direct')},SUPPORT_DESK,desk-at-direct,\n`,
    );
    const before = await countGraph(graph.db);
    const summary = await runImport(graph.db, dir, IMPORT);
    const file = (name: string) => path.relative(process.cwd(), path.join(dir, name));
    expect(summary.rejections.map(({ file: f, line, field, reason }) => ({ f, line, field, reason }))).toEqual([
      { f: file('partners.csv'), line: 3, field: 'kind', reason: 'must be one of DIRECT, INDIRECT_PROVIDER, INDIRECT_RESELLER' },
      { f: file('customers.csv'), line: 3, field: 'name', reason: 'must not be empty' },
      { f: file('subscriptions.csv'), line: 3, field: 'customerId', reason: `no customer with id "${id('nameless')}"` },
      { f: file('subscriptions.csv'), line: 4, field: 'providerId', reason: `"${id('direct')}" is a DIRECT partner: a direct sale has no indirect provider` },
      { f: file('contacts.csv'), line: 3, field: 'email', reason: 'is not a valid email address' },
    ]);
    expect(summary).toMatchObject({ read: 10, written: 5, rejected: 5 });
    const dumped = (await dump(prefix)) as Array<{ id: string }>;
    expect(dumped.map((n) => n.id)).toEqual(['~desk', '~direct', '~good', '~quoted', '~sub-good']);
    // Five entities and one audit record each; the subscription's three relationships and the contact's one.
    const after = await countGraph(graph.db);
    expect(after.nodes - before.nodes).toBe(10);
    expect(after.relationships - before.relationships).toBe(4);
  });

  test('a JSON document reports the line each rejected row starts on', async () => {
    const file = path.join(tempDir(), 'data.json');
    fs.writeFileSync(
      file,
      `{\n  "customers": [\n    { "id": "${id('j1')}", "name": "Fine" },\n    {\n      "id": "${id('j2')}",\n      "name": 42\n    },\n    { "id": "${id('j3')}", "name": "X", "colour": "red" }\n  ]\n}\n`,
    );
    const summary = await runImport(graph.db, file, IMPORT);
    expect(summary.rejections.map(({ line, field, reason }) => ({ line, field, reason }))).toEqual([
      { line: 4, field: 'name', reason: 'must be text of at most 500 characters' },
      { line: 8, field: 'colour', reason: 'is not a field of customers' },
    ]);
    expect(summary.written).toBe(1);
  });

  test('text that is not well-formed Unicode (a lone surrogate) is a rejected row, not an aborted import', async () => {
    const file = path.join(tempDir(), 'data.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        partners: [{ id: id('u-partner'), name: 'Unicode Co', kind: 'DIRECT' }],
        customers: [{ id: id('u-cust'), name: 'Broken \ud800 name' }],
        contacts: [
          { id: id('u-desk'), ownerId: id('u-partner'), kind: 'SUPPORT_DESK', email: '\ud800' },
          { id: id('u-ok'), ownerId: id('u-partner'), kind: 'SUPPORT_DESK', email: 'desk@unicode.example', name: 'Desk \ud83d\ude00' },
        ],
      }),
    );
    const summary = await runImport(graph.db, file, IMPORT);
    expect(summary.rejections.map(({ field, reason }) => ({ field, reason }))).toEqual([
      { field: 'name', reason: 'is not well-formed Unicode (it holds a lone surrogate)' },
      { field: 'email', reason: 'is not well-formed Unicode (it holds a lone surrogate)' },
    ]);
    expect(summary).toMatchObject({ read: 4, written: 2, rejected: 2 });
  });

  test('a file the importer cannot read stops it before anything is written', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'customers.csv'), `id,name\n${id('never')},Never\n`);
    fs.writeFileSync(path.join(dir, 'partners.csv'), `id,name,tier\n${id('p')},P,gold\n`);
    const before = await countGraph(graph.db);
    await expect(runImport(graph.db, dir, IMPORT)).rejects.toThrow(ImportFileError);
    await expect(runImport(graph.db, dir, IMPORT)).rejects.toThrow(/unknown column\(s\) tier; missing column\(s\) kind/);
    expect(await countGraph(graph.db)).toEqual(before);
  });

  test('a record it cannot parse, deep in a later file, stops it before anything is written', async () => {
    // Writing starts while later batches are still validated: every file is read through first.
    const { dir } = csvData(`${P}unparsable-`, 40, 3);
    fs.appendFileSync(path.join(dir, 'resources.csv'), 'only,three,cells\n');
    const before = await countGraph(graph.db);
    await expect(runImport(graph.db, dir, IMPORT)).rejects.toThrow(/resources\.csv: .*(column|record)/i);
    expect(await countGraph(graph.db)).toEqual(before);
  });
});

test('batches are written while the next ones are validated', async () => {
  const { dir } = csvData(`${P}ahead-`, 40, 4);
  const modes: string[] = [];
  const stop = graph.db.onQuery(({ statement, mode }) => {
    if (statement === 'unscoped/write/find-entity-snapshots' || statement.startsWith('upsert/')) modes.push(mode);
  });
  try {
    expect((await runImport(graph.db, dir, IMPORT)).rejected).toBe(0);
  } finally {
    stop();
  }
  // A validation read (READ) comes after the first write (WRITE): the two overlap.
  expect(modes.lastIndexOf('READ')).toBeGreaterThan(modes.indexOf('WRITE'));
});

test("an offer's type and a contact's audience come from their columns; a contact without one gets its kind's default", async () => {
  const prefix = `${P}types-`;
  const id = (name: string) => `${prefix}${name}`;
  const dir = tempDir();
  fs.writeFileSync(
    path.join(dir, 'offers.csv'),
    `id,name,publisherId,offerType\n${id('box')},Box on Azure,pub-litware,AZURE_CONTAINER\n${id('untyped')},Untyped,pub-litware,\n${id('odd')},Odd,pub-litware,ON_PREMISES\n`,
  );
  fs.writeFileSync(
    path.join(dir, 'contacts.csv'),
    `id,ownerId,kind,email,audience\n${id('cs')},${id('box')},CUSTOMER_SUPPORT,cs@box.example,PARTNERS;CUSTOMERS\n${id('eng')},${id('box')},ENGINEERING,eng@box.example,\n`,
  );
  const summary = await runImport(graph.db, dir, IMPORT);
  expect(summary.rejections.map(({ line, field }) => ({ line, field }))).toEqual([
    { line: 3, field: 'offerType' },
    { line: 4, field: 'offerType' },
  ]);
  const res = await graph.execute(`{ offer(id: "${id('box')}") { offerType contacts { id kind audience } } }`);
  expect(res.errors).toBeUndefined();
  expect(res.data!.offer.offerType).toBe('AZURE_CONTAINER');
  expect(res.data!.offer.contacts.filter((c: { id: string }) => c.id.startsWith(prefix))).toEqual([
    { id: id('cs'), kind: 'CUSTOMER_SUPPORT', audience: ['PARTNERS', 'CUSTOMERS'] },
    { id: id('eng'), kind: 'ENGINEERING', audience: ['PARTNERS'] },
  ]);
});
