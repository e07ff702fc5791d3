import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { Driver, ProfiledPlan } from 'neo4j-driver';
import { cypher } from '../src/graph/cypher';
import { openDriver } from '../src/graph/driver';
import { startEmbeddedNeo4j } from '../src/graph/embedded-neo4j';
import { percentile } from './bench-report';
import { dbHits, SCOPE_ALL } from './plan';
import { runToExit } from './process-main';

/**
 * What the analyst queries cost in Neo4j (item 5 of issue 13): each statement the service runs
 * for `supportGaps(first: 100)`, `outageImpact` of the largest publisher and a `customers(first:
 * 50)` page 90 % down the list, PROFILEd (db hits, rows; `--plan` prints the operators) and timed
 * (median of --runs, each in a read transaction of its own), with the bench's parameters.
 * Usage: node dist/bench/profile-analyst.js --data-dir DIR [--runs N] [--plan]
 */
function printPlan(plan: ProfiledPlan, depth = 0): void {
  const details = String(plan.arguments?.Details ?? '').replace(/\s+/g, ' ').slice(0, 110);
  console.log(`${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} dbHits=${plan.dbHits} ${details}`);
  for (const child of plan.children) printPlan(child, depth + 1);
}

async function timed(driver: Driver, runs: number, statement: string, params: Record<string, unknown>): Promise<{ p50: number; p95: number }> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    const started = process.hrtime.bigint();
    try {
      await session.executeRead((tx) => tx.run(statement, params));
    } finally {
      await session.close();
    }
    ms.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'data-dir': { type: 'string' }, runs: { type: 'string', default: '5' }, plan: { type: 'boolean', default: false } },
  });
  const runs = Number(values.runs);
  const embedded = await startEmbeddedNeo4j({
    dataDir: path.resolve(values['data-dir']!),
    boltPort: Number(process.env.NEO4J_EMBEDDED_PORT ?? 7742),
    pageCacheMb: Number(process.env.NEO4J_EMBEDDED_PAGECACHE_MB ?? 128),
    heapMb: Number(process.env.NEO4J_EMBEDDED_HEAP_MB ?? 768),
  });
  const driver = await openDriver(embedded.uri, embedded.auth);
  try {
    const session = driver.session();
    const read = async (name: string, params: Record<string, unknown> = {}) => (await session.run(cypher(name), params)).records.map((r) => r.toObject());
    const [{ total }] = await read('bench/count-customers');
    const [largest] = await read('bench/find-largest-publisher');
    const [deep] = await read('bench/find-customer-ids-at', { positions: [Math.floor(total * 0.9)] });
    const at = neo4j.types.DateTime.fromStandardDate(new Date());
    const [outage] = await read('outage/find-outage-scope', { publisherId: largest.id, offerId: null, at, scope: SCOPE_ALL });
    await session.close();
    const offerIds = (outage.offers as Array<{ id: string }>).map((o) => o.id);

    const statements: Array<{ name: string; params: Record<string, unknown> }> = [
      { name: 'support-gaps/page-support-gaps', params: { kind: null, afterKind: null, afterId: null, limit: 101, at, scope: SCOPE_ALL } },
      { name: 'outage/find-outage-scope', params: { publisherId: largest.id, offerId: null, at, scope: SCOPE_ALL } },
      { name: 'outage/page-outage-partners', params: { offerIds, after: null, limit: 21, at, scope: SCOPE_ALL } },
      {
        name: 'customer/page-customers',
        params: { afterId: deep.id, limit: 51, nameContains: null, servedByPartnerId: null, publisherId: null, at, scope: SCOPE_ALL },
      },
    ];
    console.log(`graph: ${total} customers; largest publisher ${largest.id} (${largest.subscriptions} subscriptions); deep page after ${deep.id}; ${runs} timed runs each`);
    console.log(`${'statement'.padEnd(36)} ${'db hits'.padStart(10)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)}`);
    for (const { name, params } of statements) {
      const profileSession = driver.session({ defaultAccessMode: neo4j.session.READ });
      const profile = (await profileSession.run(`PROFILE ${cypher(name)}`, params)).summary.profile as ProfiledPlan;
      await profileSession.close();
      const t = await timed(driver, runs, cypher(name), params);
      console.log(`${name.padEnd(36)} ${String(dbHits(profile)).padStart(10)} ${t.p50.toFixed(1).padStart(9)} ${t.p95.toFixed(1).padStart(9)}`);
      if (values.plan) printPlan(profile, 1);
    }
  } finally {
    await driver.close();
    await embedded.stop();
  }
}

runToExit(main);
