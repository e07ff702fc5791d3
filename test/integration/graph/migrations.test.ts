import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { createApolloServer } from '../../../src/app';
import { LOCAL_ANALYST } from '../../../src/auth/caller';
import { loadConfig } from '../../../src/config';
import { createContext } from '../../../src/context';
import { openDriver } from '../../../src/graph/driver';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../../../src/graph/embedded-neo4j';
import { Neo4jExecutor } from '../../../src/graph/executor';
import { applyConstraints, applyMigrations, migrationNames } from '../../../src/graph/graph-setup';

/**
 * A store written by the previous release (its seeds, test/fixtures/previous-release/, planted
 * with its shapes) upgrades itself at start: offers get a type, contacts an audience, and the
 * matrix becomes the article's, once; the service then answers from it. On a database of its own.
 */
const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'previous-release');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(FIXTURE, file), 'utf8'));

let dataDir: string;
let neo4j: EmbeddedNeo4j;
let driver: Driver;
let db: Neo4jExecutor;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-migration-'));
  neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: 0, pageCacheMb: 16, heapMb: 256 });
  driver = await openDriver(neo4j.uri, neo4j.auth);
  db = new Neo4jExecutor(driver);
  await applyConstraints(db);
  const rules = read('support-matrix.json').rules.map((r: any) => ({ ...r, id: `${r.offerCategory}:${r.issueType}` }));
  await db.write('unscoped/test-support/plant-previous-release', { graph: read('sample-graph.json'), rules, since: '2024-01-01T00:00:00Z' });
}, 300_000);

afterAll(async () => {
  await driver?.close();
  await neo4j?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function query(text: string) {
  const apollo = createApolloServer({ info: () => {}, error: () => {} }, loadConfig({}));
  await apollo.start();
  try {
    const response = await apollo.executeOperation({ query: text }, { contextValue: createContext(db, { maxPageSize: 100 }, LOCAL_ANALYST) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return JSON.parse(JSON.stringify(response.body.singleResult));
  } finally {
    await apollo.stop();
  }
}

test('the previous release left a store the migration must change', async () => {
  const [row] = await db.read<{ untyped: number; configuration: number; reasons: number }>('unscoped/test-support/count-previous-release-shapes');
  expect(row.untyped).toBe(10);
  expect(row.configuration).toBe(2);
  expect(row.reasons).toBeGreaterThan(20);
});

test('migrations apply once, and a second start applies none', async () => {
  expect(await applyMigrations(db)).toEqual(migrationNames());
  expect(await applyMigrations(db)).toEqual([]);
  const [row] = await db.read<{ untyped: number; configuration: number; reasons: number; noAudience: number; noClauses: number; migrations: string[] }>(
    'unscoped/test-support/count-previous-release-shapes',
  );
  expect(row).toMatchObject({ untyped: 0, configuration: 0, reasons: 0, noAudience: 0, noClauses: 0, migrations: migrationNames() });
});

test('after the migration the store answers with the article’s matrix, offer types and audiences', async () => {
  const res = await query(`{
    supportMatrix(offerCategory: THIRD_PARTY) { issueType steps { role duty clauses { clause } } }
    offer(id: "off-litware-firewall") { offerType contacts { kind audience } }
    partner(id: "ptr-fabrikam") { contacts { kind audience } }
    supportPath(customerId: "cust-contoso", offerId: "off-litware-firewall", issueType: ACCOUNT_SETUP) {
      steps { role duty party { name } clauses { clause } }
    }
  }`);
  expect(res.errors).toBeUndefined();
  const issueTypes = res.data.supportMatrix.map((r: any) => r.issueType);
  expect(issueTypes).toContain('ACCOUNT_SETUP');
  expect(issueTypes).toHaveLength(8);
  expect(res.data.supportMatrix.every((r: any) => r.steps.every((s: any) => s.clauses.length > 0))).toBe(true);
  expect(res.data.offer.offerType).toBe('SAAS');
  expect(res.data.offer.contacts).toEqual(expect.arrayContaining([{ kind: 'ENGINEERING', audience: ['PARTNERS'] }]));
  expect(res.data.partner.contacts).toEqual([{ kind: 'SUPPORT_DESK', audience: ['PARTNERS', 'CUSTOMERS'] }]);
  expect(res.data.supportPath.steps.map((s: any) => [s.role, s.duty, s.clauses.map((c: any) => c.clause)])).toEqual([
    ['PARTNER_OF_RECORD', 'RESPONSIBLE', ['PARTNER_ROLE']],
    ['MICROSOFT', 'PLATFORM', ['MICROSOFT_ROLE']],
  ]);
});
