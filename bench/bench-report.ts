import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Who answered: the service, or one of its baselines. */
export type Target = 'ours' | 'driver' | 'bare' | 'stack' | 'peer';

export const BASELINES: readonly Exclude<Target, 'ours'>[] = ['driver', 'bare', 'stack', 'peer'];

export const TARGETS: readonly Target[] = ['ours', ...BASELINES];

/** One scenario at one concurrency against one target (latencies in milliseconds). */
export interface Measurement {
  scenario: string;
  target: Target;
  concurrency: number;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  /** Cypher statements per request (null when the target cannot tell). */
  statementsPerRequest: number | null;
  /** Resident memory of the answering process after the run, in MB (null when unknown). */
  rssMb: number | null;
  /**
   * CPU time per request of the answering process (the service, the bare handler, the peer; for
   * `driver`, the bench itself, load generator included), user and system, in milliseconds (null
   * when unknown): where req/s says how fast, this says what each request costs. It counts what
   * the process does in the background too (a JVM's collector and compiler threads), and a busy
   * machine raises it: compare cells of one run.
   */
  cpuMsPerRequest: number | null;
  /** CPU time per request of the Neo4j JVM, in milliseconds (null when unknown). */
  neo4jCpuMsPerRequest: number | null;
}

/** Import timing of one loader on the same rows. */
export interface ImportFigures {
  loader: 'ours' | 'baseline';
  /** The round it was timed in (1 and up): each round times both loaders, in turn. */
  round: number;
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Time spent in each Cypher statement (run and streamed, as the executor times it), most first. */
  statements?: StatementTime[];
}

/** One cypher/ file's share of a run. */
export interface StatementTime {
  statement: string;
  runs: number;
  seconds: number;
}

export interface BenchReport {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  options: Record<string, unknown>;
  /** What the run needed to change in the service's environment, and why (printed with the table). */
  environment: Record<string, string>;
  graph: Record<string, unknown>;
  imports: ImportFigures[];
  measurements: Measurement[];
}

/** Ours ÷ one baseline, for one scenario at one concurrency: above 1 means ours is faster (throughput) or slower (p50). */
export interface Ratio {
  scenario: string;
  concurrency: number;
  baseline: Exclude<Target, 'ours'>;
  /** ours req/s ÷ baseline req/s. */
  throughput: number;
  /** ours p50 ÷ baseline p50. */
  p50: number;
  /**
   * ours ÷ baseline in CPU per request, the answering process and Neo4j together (above 1: ours
   * costs more); null when either side's is unknown.
   */
  cpu: number | null;
}

/** The machine the figures come from. */
export function describeMachine(): BenchReport['machine'] {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/**
 * Latency percentile (nearest rank) of samples in milliseconds; 0 for no samples. `sorted` must
 * be in ascending order.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

/** The median of some values (the mean of the middle two for an even count); NaN for none. */
function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** The import's ours ÷ baseline (rows/s) in each round that timed both, and their median. */
export interface ImportRatio {
  rounds: Array<{ round: number; ratio: number }>;
  median: number;
}

/**
 * Ours ÷ the baseline for the import, round by round (each round times both loaders one after
 * the other, so a ratio divides figures taken minutes apart), and the median of those ratios.
 */
export function computeImportRatio(imports: readonly ImportFigures[]): ImportRatio | null {
  const rounds: ImportRatio['rounds'] = [];
  for (const ours of imports.filter((i) => i.loader === 'ours')) {
    const base = imports.find((i) => i.loader === 'baseline' && i.round === ours.round);
    if (base) rounds.push({ round: ours.round, ratio: round(ours.rowsPerSecond / base.rowsPerSecond, 2) });
  }
  return rounds.length ? { rounds, median: round(median(rounds.map((r) => r.ratio)), 2) } : null;
}

/**
 * Ours ÷ each baseline measured for the same scenario and concurrency. When a target was measured
 * in several rounds, each side is the median of its rounds.
 */
export function computeRatios(measurements: readonly Measurement[]): Ratio[] {
  const cells = new Map<string, Measurement[]>();
  for (const m of measurements) {
    const key = `${m.scenario}\u0000${m.concurrency}\u0000${m.target}`;
    cells.set(key, [...(cells.get(key) ?? []), m]);
  }
  const ratios: Ratio[] = [];
  for (const [key, ours] of cells) {
    const [scenario, concurrency, target] = key.split('\u0000');
    if (target !== 'ours') continue;
    for (const baseline of BASELINES) {
      const other = cells.get(`${scenario}\u0000${concurrency}\u0000${baseline}`);
      if (!other) continue;
      const rps = (ms: Measurement[]) => median(ms.map((m) => m.requestsPerSecond));
      const p50 = (ms: Measurement[]) => median(ms.map((m) => m.p50));
      const oursCpu = cpuOf(ours);
      const otherCpu = cpuOf(other);
      ratios.push({
        scenario,
        concurrency: Number(concurrency),
        baseline,
        throughput: round(rps(ours) / Math.max(rps(other), 1e-9), 2),
        p50: round(p50(ours) / Math.max(p50(other), 1e-9), 2),
        cpu: oursCpu === null || otherCpu === null ? null : round(oursCpu / Math.max(otherCpu, 1e-9), 2),
      });
    }
  }
  return ratios;
}

/** The median over rounds of a cell's CPU per request, its process and Neo4j together; null when a round lacks either. */
function cpuOf(cells: readonly Measurement[]): number | null {
  const totals = cells.map((m) => (m.cpuMsPerRequest === null || m.neo4jCpuMsPerRequest === null ? null : m.cpuMsPerRequest + m.neo4jCpuMsPerRequest));
  return totals.every((t): t is number => t !== null) ? median(totals) : null;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const fixed = (value: number | null, digits = 1) => (value === null ? '-' : value.toFixed(digits));

/** The run as one plain-text table (measurements, then ratios ours ÷ each baseline), for a terminal or BENCHMARKS.md. */
export function formatReport(report: BenchReport): string {
  const lines: string[] = [];
  const m = report.machine;
  lines.push(`bench ${report.startedAt} on ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, node ${m.node}, ${m.platform}`);
  lines.push(`options: ${JSON.stringify(report.options)}`);
  lines.push(`graph: ${JSON.stringify(report.graph)}`);
  for (const [name, value] of Object.entries(report.environment)) lines.push(`env ${name}=${value}`);
  if (report.imports.length) {
    lines.push('');
    lines.push('import     round     rows     seconds   rows/s');
    for (const i of report.imports) {
      lines.push(`${i.loader.padEnd(10)} ${String(i.round).padStart(5)} ${String(i.rows).padStart(8)} ${fixed(i.seconds).padStart(11)} ${String(Math.round(i.rowsPerSecond)).padStart(8)}`);
    }
    const ratio = computeImportRatio(report.imports);
    if (ratio?.rounds.length === 1) lines.push(`import ours ÷ baseline-with-audit (rows/s): ${ratio.median.toFixed(2)}`);
    if (ratio && ratio.rounds.length > 1) {
      const each = ratio.rounds.map((r) => `${r.ratio.toFixed(2)} in round ${r.round}`).join(', ');
      lines.push(`import ours ÷ baseline-with-audit (rows/s), median of ${ratio.rounds.length} rounds: ${ratio.median.toFixed(2)} (${each})`);
    }
    for (const i of report.imports.filter((x) => x.statements?.length)) {
      lines.push('');
      lines.push(`import ${i.loader}, round ${i.round}: time in Neo4j by statement (the rest of ${fixed(i.seconds)} s is the loader's own work)`);
      for (const st of i.statements!.slice(0, 10)) lines.push(`  ${st.statement.padEnd(44)} ${String(st.runs).padStart(6)} runs ${fixed(st.seconds).padStart(9)} s`);
    }
  }
  if (report.measurements.length) {
    lines.push('');
    const header = ['scenario', 'target', 'c', 'requests', 'errors', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'stmts/req', 'RSS MB', 'CPU ms/req', 'Neo4j CPU'];
    const widths = [16, 7, 3, 9, 7, 9, 9, 9, 9, 10, 8, 11, 10];
    const row = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' ');
    lines.push(row(header));
    for (const x of report.measurements) {
      lines.push(
        row([
          x.scenario,
          x.target,
          String(x.concurrency),
          String(x.requests),
          String(x.errors),
          fixed(x.p50, 2),
          fixed(x.p95, 2),
          fixed(x.p99, 2),
          fixed(x.requestsPerSecond),
          fixed(x.statementsPerRequest, 1),
          fixed(x.rssMb, 0),
          fixed(x.cpuMsPerRequest, 2),
          fixed(x.neo4jCpuMsPerRequest, 2),
        ]),
      );
    }
    const ratios = computeRatios(report.measurements);
    if (ratios.length) {
      lines.push('');
      lines.push('ratios ours ÷ baseline (req/s: above 1 is ours faster; p50 and CPU per request, process and Neo4j: below 1 is ours faster)');
      lines.push(`${'scenario'.padEnd(16)} ${'c'.padStart(3)} ${'baseline'.padEnd(8)} ${'req/s'.padStart(7)} ${'p50'.padStart(7)} ${'CPU'.padStart(7)}`);
      for (const r of ratios) {
        lines.push(`${r.scenario.padEnd(16)} ${String(r.concurrency).padStart(3)} ${r.baseline.padEnd(8)} ${r.throughput.toFixed(2).padStart(7)} ${r.p50.toFixed(2).padStart(7)} ${fixed(r.cpu, 2).padStart(7)}`);
      }
    }
  }
  return lines.join('\n');
}

/** Writes the report as JSON (with its ratios) to `file`, creating its folder. */
export function writeReport(report: BenchReport, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...report, importRatio: computeImportRatio(report.imports), ratios: computeRatios(report.measurements) }, null, 2) + '\n');
}
