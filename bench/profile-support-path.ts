import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { Driver, ProfiledPlan, Session } from 'neo4j-driver';
import { LOCAL_ANALYST } from '../src/auth/caller';
import { createContext } from '../src/context';
import { IssueType } from '../src/domain/enums';
import { cypher, cypherFileNames } from '../src/graph/cypher';
import { openDriver } from '../src/graph/driver';
import { startEmbeddedNeo4j } from '../src/graph/embedded-neo4j';
import { Neo4jExecutor } from '../src/graph/executor';
import { percentile } from './bench-report';
import { dbHits } from './plan';
import { runToExit } from './process-main';

/**
 * Where supportPath spends its time below GraphQL and HTTP: the statements the service runs for
 * one path, as it runs them (recorded from the driver, so this follows the service when its
 * statements change), each PROFILEd (db hits, rows); the service's own supportPath work timed over
 * sampled subscriptions (SupportPathService.find with a request's context: its reads in one
 * transaction, as a request has them); and the bench's hand-written single statement (the
 * driver baseline of `npm run bench`), timed the same way.
 * Usage: npm run bench:profile -- --data-dir DIR [--runs N]
 */

export interface Timing {
  p50: number;
  p95: number;
}

export interface SupportPathProfile {
  customers: number;
  samples: number;
  /** The statements the service ran for the first sampled path, in order, PROFILEd. */
  statements: Array<{ statement: string; dbHits: number; rows: number }>;
  /** Statements the service ran per path, over every timed run. */
  statementsPerPath: number;
  service: Timing;
  handWritten: Timing & { dbHits: number };
}

interface Sample {
  customerId: string;
  offerId: string;
  subscriptionId: string;
}

interface Ran {
  text: string;
  params: Record<string, unknown>;
}

const ISSUE_TYPE = IssueType.TECHNICAL;

/** Latency of `work` over `runs` calls (sample i mod the sample count), in milliseconds. */
async function timed(runs: number, work: (i: number) => Promise<unknown>): Promise<Timing> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = process.hrtime.bigint();
    await work(i);
    ms.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95) };
}

/**
 * `driver`, with every statement run in a transaction it opens also handed to `record` (text and
 * parameters as sent): how this tool sees what the service runs without a hook in the service.
 */
function recordingDriver(driver: Driver, record: (ran: Ran) => void): Driver {
  const recordingRun = <T extends { run: (...args: any[]) => any }>(tx: T): T =>
    new Proxy(tx, {
      get(target, key, receiver) {
        if (key !== 'run') return Reflect.get(target, key, receiver);
        return (text: string, params: Record<string, unknown>) => {
          record({ text, params });
          return target.run(text, params);
        };
      },
    });
  return new Proxy(driver, {
    get(target, key, receiver) {
      if (key !== 'session') return Reflect.get(target, key, receiver);
      return (config: Parameters<Driver['session']>[0]) => {
        const session: Session = target.session(config);
        return new Proxy(session, {
          get(s, k, r) {
            if (k === 'beginTransaction') return (...args: any[]) => recordingRun((s.beginTransaction as any)(...args));
            // A path only reads: in the request's shared transaction, or in one of its own.
            if (k === 'executeRead') return (work: (tx: any) => unknown, txConfig?: unknown) => s.executeRead((tx) => work(recordingRun(tx)), txConfig as any);
            return Reflect.get(s, k, r);
          },
        });
      };
    },
  });
}

/** A statement's cypher/ file name from the text sent (the text itself, shortened, when no file gives it). */
function statementName(text: string): string {
  for (const name of cypherFileNames()) if (cypher(name) === text) return name;
  return text.replace(/\s+/g, ' ').slice(0, 60);
}

export async function profileSupportPath(driver: Driver, runs: number): Promise<SupportPathProfile> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  let customers: number;
  let samples: Sample[];
  try {
    customers = Number((await session.run(cypher('bench/count-customers'))).records[0].get('total'));
    const step = Math.max(1, Math.floor((customers * 2) / 200));
    samples = (await session.run(cypher('bench/sample-subscriptions'), { step, limit: 200 })).records.map((r) => r.toObject() as Sample);
  } finally {
    await session.close();
  }
  if (!samples.length) throw new Error('no subscription held now to profile supportPath with');

  let recording: Ran[] | null = null;
  const db = new Neo4jExecutor(recordingDriver(driver, (ran) => recording?.push(ran)));
  let statementsRun = 0;
  db.onQuery(() => (statementsRun += 1));
  // One path as a request finds it: a fresh context, its reads sharing one transaction.
  const findPath = async (s: Sample) => {
    const context = createContext(db, { maxPageSize: 100 }, LOCAL_ANALYST);
    context.reads.share();
    try {
      return await context.services.supportPath.find({ ...s, issueType: ISSUE_TYPE });
    } finally {
      await context.reads.close();
    }
  };

  // Every sample once before anything is recorded or timed: the matrix rules of each offer
  // category are then cached, as in a service that has answered a few paths.
  for (const s of samples) await findPath(s);
  recording = [];
  await findPath(samples[0]);
  const ran: Ran[] = recording;
  recording = null;
  const statements: SupportPathProfile['statements'] = [];
  const profiling = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    for (const { text, params } of ran) {
      const plan = (await profiling.run(`PROFILE ${text}`, params)).summary.profile as ProfiledPlan;
      statements.push({ statement: statementName(text), dbHits: dbHits(plan), rows: plan.rows });
    }
  } finally {
    await profiling.close();
  }

  statementsRun = 0;
  const service = await timed(runs, (i) => findPath(samples[i % samples.length]));
  const statementsPerPath = statementsRun / runs;

  const at = new Date().toISOString();
  const handWrittenParams = (s: Sample) => ({ ...s, issueType: ISSUE_TYPE, at });
  const readOne = async (s: Sample, prefix = '') => {
    const one = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      return await one.executeRead((tx) => tx.run(`${prefix}${cypher('bench/find-support-path')}`, handWrittenParams(s)));
    } finally {
      await one.close();
    }
  };
  const handWrittenPlan = (await readOne(samples[0], 'PROFILE ')).summary.profile as ProfiledPlan;
  const handWritten = await timed(runs, (i) => readOne(samples[i % samples.length]));
  return { customers, samples: samples.length, statements, statementsPerPath, service, handWritten: { ...handWritten, dbHits: dbHits(handWrittenPlan) } };
}

function print(profile: SupportPathProfile, runs: number): void {
  const ms = (t: Timing) => `p50 ${t.p50.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms`;
  console.log(`graph: ${profile.customers} customers; ${profile.samples} sampled subscriptions; ${runs} timed runs each; issue type ${ISSUE_TYPE}`);
  console.log('');
  console.log(`the service's statements for one path (PROFILE):`);
  console.log(`  ${'statement'.padEnd(44)} ${'db hits'.padStart(8)} ${'rows'.padStart(6)}`);
  for (const s of profile.statements) console.log(`  ${s.statement.padEnd(44)} ${String(s.dbHits).padStart(8)} ${String(s.rows).padStart(6)}`);
  console.log('');
  console.log(`the service's supportPath below GraphQL (${profile.statementsPerPath} statement(s) per path):  ${ms(profile.service)}`);
  console.log(`bench/find-support-path, one read transaction (${profile.handWritten.dbHits} db hits):  ${ms(profile.handWritten)}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, runs: { type: 'string', default: '200' } } });
  if (!values['data-dir']) throw new Error('--data-dir DIR is required: the store of a graph loaded by npm run bench');
  const runs = Number(values.runs);
  const embedded = await startEmbeddedNeo4j({
    dataDir: path.resolve(values['data-dir']),
    boltPort: Number(process.env.NEO4J_EMBEDDED_PORT ?? 7742),
    pageCacheMb: Number(process.env.NEO4J_EMBEDDED_PAGECACHE_MB ?? 128),
    heapMb: Number(process.env.NEO4J_EMBEDDED_HEAP_MB ?? 768),
  });
  const driver = await openDriver(embedded.uri, embedded.auth);
  try {
    print(await profileSupportPath(driver, runs), runs);
  } finally {
    await driver.close();
    await embedded.stop();
  }
}

if (require.main === module) runToExit(main);
