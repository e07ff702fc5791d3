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
 * Where supportPath spends its time: each statement the service runs for one path, PROFILEd
 * (db hits, rows) and timed (median of --runs over sampled subscriptions), then the same
 * statements in one transaction, then the hand-written single statement of the bench.
 * Usage: node dist/bench/profile-support-path.js --data-dir DIR [--runs N]
 */
/** Times `work` `runs` times, each in one read transaction of its own unless `inTransaction` is false. */
async function timed(driver: Driver, runs: number, work: (tx: any, i: number) => Promise<unknown>, inTransaction = true): Promise<{ p50: number; p95: number }> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    if (!inTransaction) {
      await work(null, i);
    } else {
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        await session.executeRead((tx) => work(tx, i));
      } finally {
        await session.close();
      }
    }
    ms.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, runs: { type: 'string', default: '200' } } });
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
    const [{ total }] = (await session.run(cypher('bench/count-customers'))).records.map((r) => r.toObject());
    const samples = (await session.run(cypher('bench/sample-subscriptions'), { step: Math.max(1, Math.floor((total * 2) / 200)), limit: 200 })).records.map((r) =>
      r.toObject(),
    );
    await session.close();
    const at = new Date().toISOString();

    // The statements of one path, in the order the service runs them, with their parameters.
    const statementsOf = async (tx: any, s: Record<string, string>) => {
      const out: Array<{ name: string; params: Record<string, unknown> }> = [];
      out.push({ name: 'support-path/find-subscription-candidates', params: { ...s, at, scope: SCOPE_ALL } });
      out.push({ name: 'support-path/find-path-parties', params: { subscriptionIds: [s.subscriptionId], at } });
      const parties = (await tx.run(cypher('support-path/find-path-parties'), { subscriptionIds: [s.subscriptionId], at })).records[0].toObject();
      const offerCategory = parties.publisher.isMicrosoft ? 'FIRST_PARTY' : 'THIRD_PARTY';
      out.push({ name: 'support-matrix/find-support-rules', params: { keys: [{ offerCategory, issueType: 'TECHNICAL' }] } });
      const owners = [parties.partnerOfRecord.id, parties.indirectProvider?.id, parties.offer.id, parties.publisher.id, parties.microsoft?.id].filter(Boolean);
      out.push({ name: 'contact/find-contacts-by-owner-ids', params: { ids: owners } });
      return out;
    };

    const first = samples[0];
    const profileSession = driver.session({ defaultAccessMode: neo4j.session.READ });
    const list = await profileSession.executeRead((tx) => statementsOf(tx, first));
    console.log(`graph: ${total} customers; ${samples.length} sampled subscriptions; ${runs} runs each`);
    console.log(`${'statement'.padEnd(44)} ${'db hits'.padStart(8)} ${'rows'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)}`);
    for (const { name, params } of list) {
      const profile = (await profileSession.run(`PROFILE ${cypher(name)}`, params)).summary.profile as ProfiledPlan;
      const t = await timed(driver, runs, async (tx, i) => {
        const s = samples[i % samples.length];
        const own = name === 'support-path/find-subscription-candidates' ? { ...params, ...s } : name === 'support-path/find-path-parties' ? { subscriptionIds: [s.subscriptionId], at } : params;
        return tx.run(cypher(name), own);
      });
      console.log(`${name.padEnd(44)} ${String(dbHits(profile)).padStart(8)} ${String(profile.rows).padStart(6)} ${t.p50.toFixed(2).padStart(8)} ${t.p95.toFixed(2).padStart(8)}`);
    }
    await profileSession.close();

    // Each sample's statements with their parameters, worked out before anything is timed.
    const prepared = driver.session({ defaultAccessMode: neo4j.session.READ });
    const lists: Array<Array<{ name: string; params: Record<string, unknown> }>> = [];
    for (const s of samples) lists.push(await prepared.executeRead((tx) => statementsOf(tx, s)));
    await prepared.close();
    const separate = await timed(driver, runs, async (_tx, i) => {
      // One session and transaction per statement, one after the other, as the service runs them today.
      for (const { name, params } of lists[i % lists.length]) {
        const one = driver.session({ defaultAccessMode: neo4j.session.READ });
        try {
          await one.executeRead((tx) => tx.run(cypher(name), params));
        } finally {
          await one.close();
        }
      }
    }, false);
    const together = await timed(driver, runs, async (tx, i) => {
      for (const { name, params } of lists[i % lists.length]) await tx.run(cypher(name), params);
    });
    const single = await timed(driver, runs, async (tx, i) => {
      const s = samples[i % samples.length];
      return tx.run(cypher('bench/find-support-path'), { ...s, issueType: 'TECHNICAL', at });
    });
    const singleProfile = (await driver.session().run(`PROFILE ${cypher('bench/find-support-path')}`, { ...first, issueType: 'TECHNICAL', at })).summary
      .profile as ProfiledPlan;
    console.log('');
    console.log(`the 4 statements, one session and transaction each:  p50 ${separate.p50.toFixed(2)} ms, p95 ${separate.p95.toFixed(2)} ms`);
    console.log(`the same 4 statements in one transaction:           p50 ${together.p50.toFixed(2)} ms, p95 ${together.p95.toFixed(2)} ms`);
    console.log(`bench/find-support-path, one statement (${dbHits(singleProfile)} db hits): p50 ${single.p50.toFixed(2)} ms, p95 ${single.p95.toFixed(2)} ms`);
  } finally {
    await driver.close();
    await embedded.stop();
  }
}

runToExit(main);
