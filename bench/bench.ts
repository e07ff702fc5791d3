import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Pool } from 'undici';
import { loadConfig } from '../src/config';
import { openDriver } from '../src/graph/driver';
import { startEmbeddedNeo4j } from '../src/graph/embedded-neo4j';
import { Neo4jExecutor } from '../src/graph/executor';
import { applyConstraints } from '../src/graph/graph-setup';
import { BenchReport, describeMachine, formatReport, Measurement, Target, TARGETS, writeReport } from './bench-report';
import { countRows, ensureDataset, importBaseline, importOurs } from './import-bench';
import { httpClient, postJson, runLoad } from './load';
import { BENCH_CURSOR_SECRET, Draw, Fixture, SCENARIOS, Scenario, stackRequest } from './scenarios';
import { runToExit } from './process-main';

const USAGE = `Usage: npm run bench -- [options]
  --customers N         generated customers (default 10000; 1000000 for the full run)
  --seed S              generator seed (default 1)
  --duration S          seconds measured per scenario, target and concurrency (default 3)
  --warmup S            seconds of warm-up before each measurement (default 1)
  --prime S             seconds each target runs each scenario, untimed, before the first measurement,
                        at the highest concurrency (default 3; whole-graph scenarios: their probe only)
  --concurrency LIST    comma-separated (default 1,16,64)
  --heavy-concurrency L concurrency for whole-graph scenarios, outageImpact and supportGaps (default 1)
  --rounds N            measure every cell, and time both imports, N times, baselines interleaved in a
                        rotating order; ratios are medians (default 1)
  --scenarios LIST      some of ${SCENARIOS.map((s) => s.name).join(',')} (default all)
  --targets LIST        some of ours,driver,bare,stack,peer (default all)
  --batch-size N        import batch size (default 5000)
  --skip-import         reuse the graph already loaded in the data dir
  --import-only         time the imports and stop
  --no-import-baseline  do not time the UNWIND … MERGE baseline import
  --data-dir DIR        store of the benched graph (default /tmp/csp-bench-<customers>)
  --cpu-prof DIR        run the service under V8's CPU profiler; its .cpuprofile is written to DIR
  --out FILE            JSON report (default data/bench/latest.json)
Ports: BENCH_PORT (default 4400; the bench uses it and the next 4), NEO4J_EMBEDDED_PORT (default 7742).`;

/**
 * Settings the bench changes from the service's defaults: a transaction timeout long enough for
 * the whole-graph queries on large graphs (outageImpact expands every subscription of the
 * publisher, past the default 5 s from about 100k customers on a loaded machine), and the cursor
 * key, so that the bench can make the service's cursor of a deep page (BENCH_CURSOR_SECRET). The
 * cost model admits every scenario at its default limit.
 */
const BENCH_ENV = {
  QUERY_TIMEOUT_MS: '600000',
  CURSOR_SECRET: BENCH_CURSOR_SECRET,
};

/** Each distinct error answer is printed once: an error count alone does not say what went wrong. */
const seenErrors = new Set<string>();
function noteError(scenario: string, target: string, body: unknown): void {
  const text = JSON.stringify(body).slice(0, 300);
  const key = `${scenario} ${target} ${text.replace(/"requestId":"[^"]*"/g, '')}`;
  if (seenErrors.has(key)) return;
  seenErrors.add(key);
  log(`error answer (${scenario}, ${target}): ${text}`);
}

function list(text: string): string[] {
  return text.split(',').map((s) => s.trim()).filter(Boolean);
}

/** A small seeded generator (mulberry32): the same draws for every run with the same seed. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

/** Starts one of the bench's child servers (compiled next to this file) and waits for its ready line. */
function startChild(script: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...nodeArgs, path.join(__dirname, script)], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let errText = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    errText = (errText + chunk.toString()).slice(-4000);
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start in 120 s: ${errText}`)), 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code}: ${errText}`));
    });
  });
}

async function stats(pool: Pool, p: string): Promise<{ statements?: number; rssMb?: number }> {
  const response = await pool.request({ method: 'GET', path: p });
  return JSON.parse(await response.body.text());
}

async function readFixture(db: Neo4jExecutor): Promise<Fixture> {
  const [{ total }] = await db.read<{ total: number }>('bench/count-customers');
  const subscriptions = await db.read<Fixture['subscriptions'][number]>('bench/sample-subscriptions', {
    step: Math.max(1, Math.floor(total / 200)),
    limit: 500,
  });
  const [largest] = await db.read<{ id: string }>('bench/find-largest-publisher');
  const positions = Array.from({ length: 50 }, (_, i) => Math.floor((i * (total - 21)) / 50));
  const browse = await db.read<{ id: string }>('bench/find-customer-ids-at', { positions: [...positions, Math.floor(total * 0.9)] });
  return {
    subscriptions,
    largestPublisherId: largest.id,
    browseAfterIds: browse.slice(0, -1).map((r) => r.id),
    deepAfterId: browse[browse.length - 1].id,
  };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      customers: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      duration: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '1' },
      prime: { type: 'string', default: '3' },
      concurrency: { type: 'string', default: '1,16,64' },
      'heavy-concurrency': { type: 'string', default: '1' },
      rounds: { type: 'string', default: '1' },
      scenarios: { type: 'string', default: SCENARIOS.map((s) => s.name).join(',') },
      targets: { type: 'string', default: TARGETS.join(',') },
      'batch-size': { type: 'string', default: '5000' },
      'skip-import': { type: 'boolean', default: false },
      'import-only': { type: 'boolean', default: false },
      'no-import-baseline': { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      'cpu-prof': { type: 'string' },
      out: { type: 'string', default: path.join('data', 'bench', 'latest.json') },
      help: { type: 'boolean' },
    },
  });
  const customers = Number(values.customers);
  const seed = Number(values.seed);
  const durationMs = Number(values.duration) * 1000;
  const warmupMs = Number(values.warmup) * 1000;
  const primeMs = Number(values.prime) * 1000;
  const concurrencies = list(values.concurrency!).map(Number);
  const heavyConcurrencies = list(values['heavy-concurrency']!).map(Number);
  const rounds = Number(values.rounds);
  const batchSize = Number(values['batch-size']);
  const scenarios = list(values.scenarios!).map((name) => SCENARIOS.find((s) => s.name === name));
  const targets = list(values.targets!) as Target[];
  const numbers = [customers, seed, durationMs, warmupMs, primeMs, rounds, batchSize, ...concurrencies, ...heavyConcurrencies];
  if (values.help || numbers.some((n) => !Number.isFinite(n) || n < 0) || scenarios.some((s) => !s) || targets.some((t) => !TARGETS.includes(t))) {
    console.error(USAGE);
    return 1;
  }
  const basePort = Number(process.env.BENCH_PORT ?? 4400);
  const boltPort = Number(process.env.NEO4J_EMBEDDED_PORT ?? 7742);
  const dataDir = path.resolve(values['data-dir'] ?? `/tmp/csp-bench-${customers}`);
  const config = loadConfig({ ...process.env, NEO4J_URI: '' });
  const memory = config.neo4j.kind === 'embedded' ? config.neo4j : { pageCacheMb: 128, heapMb: 768 };

  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    machine: describeMachine(),
    options: { customers, seed, duration: durationMs / 1000, warmup: warmupMs / 1000, prime: primeMs / 1000, concurrencies, heavyConcurrencies, rounds, batchSize },
    environment: {
      ...BENCH_ENV,
      NEO4J_EMBEDDED_PAGECACHE_MB: String(memory.pageCacheMb),
      NEO4J_EMBEDDED_HEAP_MB: String(memory.heapMb),
    },
    graph: { customers },
    imports: [],
    measurements: [],
  };
  const children: ChildProcess[] = [];
  // Each child is waited for: a profiled one writes its profile as it exits.
  const stopAll = async () => {
    await Promise.all(
      children.map((child) => (child.exitCode !== null ? undefined : new Promise((resolve) => child.once('exit', resolve).kill('SIGTERM')))),
    );
  };

  // Import: in each round the baseline loads the same rows into a store of its own and ours loads
  // the store the queries run on, each from an empty store with the same constraints; rounds
  // alternate which goes first (the machine's speed drifts over minutes). The last round's store
  // of ours is the graph the queries run on.
  const dataset = ensureDataset(customers, seed, log);
  report.graph.rows = await countRows(dataset);
  if (!values['skip-import']) {
    const importRounds = Math.max(rounds, 1);
    for (let round = 1; round <= importRounds; round += 1) {
      const baseline = async () => {
        const figures = await withStore(`${dataDir}-baseline`, boltPort + 1, memory, true, async (db) => {
          log(`round ${round}: timing the UNWIND … MERGE baseline import`);
          return importBaseline(db, dataset, batchSize);
        });
        fs.rmSync(`${dataDir}-baseline`, { recursive: true, force: true });
        return figures;
      };
      const ours = async () => {
        fs.rmSync(dataDir, { recursive: true, force: true });
        return withStore(dataDir, boltPort, memory, true, async (db) => {
          log(`round ${round}: timing the service importer`);
          return importOurs(db, dataset, batchSize);
        });
      };
      const loaders = values['no-import-baseline'] ? [ours] : round % 2 ? [baseline, ours] : [ours, baseline];
      for (const load of loaders) {
        const figures = { ...(await load()), round };
        report.imports.push(figures);
        log(`import ${figures.loader}, round ${round}: ${figures.rows} rows in ${figures.seconds.toFixed(1)} s, ${Math.round(figures.rowsPerSecond)} rows/s`);
      }
    }
  }
  if (values['import-only']) return finish(report, values.out!);

  const embedded = await startEmbeddedNeo4j({ dataDir, boltPort, pageCacheMb: memory.pageCacheMb, heapMb: memory.heapMb });
  try {
    const driver = await openDriver(embedded.uri, embedded.auth);
    const db = new Neo4jExecutor(driver);
    const fixture = await readFixture(db);
    report.graph.largestPublisherId = fixture.largestPublisherId;
    const childEnv = { NEO4J_URI: embedded.uri, NEO4J_USER: embedded.auth.user, NEO4J_PASSWORD: embedded.auth.password, SEED_WHEN_EMPTY: 'false', HOST: '127.0.0.1', ...BENCH_ENV };
    const maxConnections = Math.max(...concurrencies, ...heavyConcurrencies);
    const pools: Partial<Record<Target, Pool>> = {};
    const statsPools: Partial<Record<Target, { pool: Pool; path: string }>> = {};
    const pids: Partial<Record<Target, number>> = {};
    if (targets.includes('ours')) {
      const profile = values['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`] : [];
      const child = await startChild('service-main.js', { ...childEnv, PORT: String(basePort), BENCH_STATS_PORT: String(basePort + 1) }, profile);
      children.push(child);
      pools.ours = httpClient(`http://127.0.0.1:${basePort}`, maxConnections);
      statsPools.ours = { pool: httpClient(`http://127.0.0.1:${basePort + 1}`, 1), path: '/' };
      pids.ours = child.pid;
    }
    // The baselines that answer over HTTP, each its own process on its own port (basePort + offset).
    const servedBaselines = { bare: { script: 'bare-main.js', offset: 2 }, peer: { script: 'peer-main.js', offset: 3 }, stack: { script: 'stack-main.js', offset: 4 } };
    for (const [target, { script, offset }] of Object.entries(servedBaselines) as Array<[Target, { script: string; offset: number }]>) {
      if (!targets.includes(target)) continue;
      const child = await startChild(script, { ...childEnv, PORT: String(basePort + offset) });
      children.push(child);
      pools[target] = httpClient(`http://127.0.0.1:${basePort + offset}`, maxConnections);
      statsPools[target] = { pool: pools[target]!, path: '/stats' };
      pids[target] = child.pid;
    }

    const random = seededRandom(seed);
    let driverStatements = 0;
    // How a target that answers over HTTP is asked a scenario's draw; null for the driver, and for
    // the peer where it cannot express the scenario.
    const httpRequest = (target: Target, scenario: Scenario, draw: Draw): { pool: Pool; path: string; body: unknown } | null => {
      switch (target) {
        case 'ours':
          return { pool: pools.ours!, path: '/graphql', body: scenario.ours(draw) };
        case 'bare':
          return { pool: pools.bare!, path: `/${scenario.name}`, body: draw };
        case 'stack':
          return { pool: pools.stack!, path: '/graphql', body: stackRequest(scenario.name, draw) };
        case 'peer':
          return scenario.peer ? { pool: pools.peer!, path: '/', body: scenario.peer(draw) } : null;
        case 'driver':
          return null;
      }
    };
    const attemptFor = (target: Target, scenario: Scenario): (() => Promise<boolean>) | null => {
      if (target === 'driver') {
        return async () => {
          const draw = scenario.draw(fixture, random);
          const ran = await db.readTx((tx) => scenario.baseline(tx, draw, new Date().toISOString()));
          driverStatements += ran;
          return true;
        };
      }
      if (target === 'peer' && !scenario.peer) return null;
      return async () => {
        const { pool, path: requestPath, body } = httpRequest(target, scenario, scenario.draw(fixture, random))!;
        const answer = await postJson(pool, requestPath, body);
        if (!answer.ok && target === 'ours') noteError(scenario.name, target, answer.body);
        return answer.ok;
      };
    };

    // One request of each kind first: a target whose answer is an error is reported, not timed.
    for (const scenario of scenarios as Scenario[]) {
      for (const target of targets) {
        const request = httpRequest(target, scenario, scenario.draw(fixture, random));
        const probe = request ? await postJson(request.pool, request.path, request.body) : null;
        if (probe && !probe.ok) log(`${scenario.name} on ${target} answers an error: ${JSON.stringify(probe.body).slice(0, 400)}`);
      }
    }

    // Every target runs every scenario before the first measurement: the first cell measured would
    // otherwise pay for Neo4j's JVM compiling the code its statements run through (BENCHMARKS.md,
    // "Priming": a first cell's Neo4j CPU per request three to five times a primed one's).
    if (primeMs > 0) {
      log(`priming: each target runs each scenario for ${primeMs / 1000} s, untimed`);
      for (const scenario of scenarios as Scenario[]) {
        if (isHeavy(scenario)) continue;
        for (const target of targets) {
          const attempt = attemptFor(target, scenario);
          if (attempt) await runLoad(attempt, Math.max(...concurrencies), 0, primeMs);
        }
      }
    }

    for (let round = 0; round < rounds; round += 1) {
      for (const scenario of scenarios as Scenario[]) {
        for (const concurrency of isHeavy(scenario) ? heavyConcurrencies : concurrencies) {
          // Rotate the order each round, so no target always runs first (on a cold cache) or last.
          const order = targets.map((_, i) => targets[(i + round) % targets.length]);
          for (const target of order) {
            const attempt = attemptFor(target, scenario);
            if (!attempt) continue;
            const before = statsPools[target] ? await stats(statsPools[target]!.pool, statsPools[target]!.path) : {};
            const driverBefore = driverStatements;
            const cpuOfTarget = () => (target === 'driver' ? ownCpuMs() : readCpuMs(pids[target]));
            const cpuBefore = { target: cpuOfTarget(), neo4j: readCpuMs(embedded.pid) };
            const result = await runLoad(attempt, concurrency, durationMs, warmupMs);
            const cpuAfter = { target: cpuOfTarget(), neo4j: readCpuMs(embedded.pid) };
            const after = statsPools[target] ? await stats(statsPools[target]!.pool, statsPools[target]!.path) : {};
            // Statements counted over the warm-up too: divide by every request made, not only those timed.
            const total = result.requests + result.warmupRequests;
            const statements =
              target === 'driver' ? (driverStatements - driverBefore) / Math.max(total, 1)
              : target === 'peer' ? (scenario.peerStatements ?? null)
              : after.statements !== undefined && before.statements !== undefined ? (after.statements - before.statements) / Math.max(total, 1)
              : null;
            const rssMb = target === 'driver' ? process.memoryUsage().rss / 2 ** 20 : (after.rssMb ?? null);
            const perRequest = (before: number | null, later: number | null) =>
              before === null || later === null ? null : Math.round(((later - before) / Math.max(total, 1)) * 100) / 100;
            const m: Measurement = {
              scenario: scenario.name,
              target,
              concurrency,
              requests: result.requests,
              errors: result.errors,
              p50: result.p50,
              p95: result.p95,
              p99: result.p99,
              requestsPerSecond: result.requestsPerSecond,
              statementsPerRequest: statements === null ? null : Math.round(statements * 10) / 10,
              rssMb: rssMb === null ? null : Math.round(rssMb),
              cpuMsPerRequest: perRequest(cpuBefore.target, cpuAfter.target),
              neo4jCpuMsPerRequest: perRequest(cpuBefore.neo4j, cpuAfter.neo4j),
            };
            report.measurements.push(m);
            log(`${scenario.name} c=${concurrency} ${target}: ${m.requestsPerSecond.toFixed(1)} req/s, p50 ${m.p50.toFixed(2)} ms, errors ${m.errors}`);
          }
        }
      }
    }
    report.graph.neo4jRssMb = readRssMb(embedded.pid);
    for (const pool of Object.values(pools)) await pool!.close();
    await driver.close();
  } finally {
    await stopAll();
    await embedded.stop();
  }
  return finish(report, values.out!);
}

/** The whole-graph scenarios: measured at --heavy-concurrency, and primed by their probe alone (one request can take seconds). */
function isHeavy(scenario: Scenario): boolean {
  return scenario.name === 'outageImpact' || scenario.name === 'supportGaps';
}

function finish(report: BenchReport, out: string): number {
  console.log(formatReport(report));
  writeReport(report, out);
  console.log(`\nJSON: ${out}`);
  return 0;
}

/** Resident memory of a process in MB, from /proc (null where there is none). */
function readRssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** The clock ticks /proc counts CPU time in (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU time (user and system) a process has used so far, in ms, from /proc (null where there is none). */
function readCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // The fields after the command's name (which may hold spaces), from the third on: utime is the 14th, stime the 15th.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** CPU time (user and system) this process has used so far, in ms. */
function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `work` against an embedded Neo4j on `dataDir` (constraints applied), then stops it. */
async function withStore<T>(
  dataDir: string,
  boltPort: number,
  memory: { pageCacheMb: number; heapMb: number },
  fresh: boolean,
  work: (db: Neo4jExecutor) => Promise<T>,
): Promise<T> {
  if (fresh) fs.rmSync(dataDir, { recursive: true, force: true });
  const embedded = await startEmbeddedNeo4j({ dataDir, boltPort, pageCacheMb: memory.pageCacheMb, heapMb: memory.heapMb });
  try {
    const driver = await openDriver(embedded.uri, embedded.auth);
    try {
      const db = new Neo4jExecutor(driver);
      await applyConstraints(db);
      return await work(db);
    } finally {
      await driver.close();
    }
  } finally {
    await embedded.stop();
  }
}

runToExit(main);
