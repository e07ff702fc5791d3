import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BenchReport, computeImportRatio, computeRatios, formatReport, Measurement, percentile, writeReport } from '../../../bench/bench-report';

const CPU_MS: Record<Measurement['target'], number | null> = { ours: 2, driver: 1, bare: 1.5, stack: 4, peer: null };

const cell = (target: Measurement['target'], requestsPerSecond: number, p50: number, concurrency = 1): Measurement => ({
  scenario: 'supportPath',
  target,
  concurrency,
  requests: 100,
  errors: 0,
  p50,
  p95: p50 * 2,
  p99: p50 * 3,
  requestsPerSecond,
  statementsPerRequest: target === 'peer' ? null : 1,
  rssMb: 80,
  cpuMsPerRequest: CPU_MS[target],
  neo4jCpuMsPerRequest: 1,
});

const fake = (): BenchReport => ({
  startedAt: '2026-01-01T00:00:00.000Z',
  machine: { cpus: 2, cpuModel: 'test cpu', memoryGb: 4, node: 'v20', platform: 'linux' },
  options: { customers: 10 },
  environment: { GRAPHQL_MAX_COST: '1000000' },
  graph: { customers: 10 },
  imports: [
    { loader: 'baseline', round: 1, rows: 1000, seconds: 1, rowsPerSecond: 1000 },
    { loader: 'ours', round: 1, rows: 1000, seconds: 2, rowsPerSecond: 500 },
  ],
  measurements: [cell('ours', 50, 4), cell('driver', 100, 2), cell('bare', 80, 2.5), cell('stack', 62.5, 3.2), cell('peer', 25, 8), cell('ours', 40, 5, 16)],
});

describe('bench report', () => {
  it('takes nearest-rank percentiles', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), percentile([], 50)]).toEqual([50, 95, 99, 0]);
  });

  it('divides ours by each baseline measured at the same scenario and concurrency', () => {
    expect(computeRatios(fake().measurements)).toEqual([
      { scenario: 'supportPath', concurrency: 1, baseline: 'driver', throughput: 0.5, p50: 2, cpu: 1.5 },
      { scenario: 'supportPath', concurrency: 1, baseline: 'bare', throughput: 0.63, p50: 1.6, cpu: 1.2 },
      { scenario: 'supportPath', concurrency: 1, baseline: 'stack', throughput: 0.8, p50: 1.25, cpu: 0.6 },
      { scenario: 'supportPath', concurrency: 1, baseline: 'peer', throughput: 2, p50: 0.5, cpu: null },
    ]);
  });

  it('divides the import of ours by the baseline timed in the same round, and takes the median of the rounds', () => {
    const timed = (loader: 'ours' | 'baseline', round: number, seconds: number) => ({ loader, round, rows: 1000, seconds, rowsPerSecond: 1000 / seconds });
    const imports = [timed('baseline', 1, 10), timed('ours', 1, 20), timed('ours', 2, 11), timed('baseline', 2, 10), timed('baseline', 3, 20), timed('ours', 3, 25)];
    expect(computeImportRatio(imports)).toEqual({
      rounds: [
        { round: 1, ratio: 0.5 },
        { round: 2, ratio: 0.91 },
        { round: 3, ratio: 0.8 },
      ],
      median: 0.8,
    });
    expect(computeImportRatio([timed('ours', 1, 20)])).toBeNull();
    const text = formatReport({ ...fake(), imports });
    expect(text).toContain('import ours ÷ baseline-with-audit (rows/s), median of 3 rounds: 0.80 (0.50 in round 1, 0.91 in round 2, 0.80 in round 3)');
    expect(text).toMatch(/ours\s+2\s+1000\s+11\.0\s+91/);
  });

  it('prints one table with the import ratio, the cells and the ratios', () => {
    const text = formatReport(fake());
    expect(text).toContain('import ours ÷ baseline-with-audit (rows/s): 0.50');
    expect(text).toContain('env GRAPHQL_MAX_COST=1000000');
    expect(text).toMatch(/supportPath\s+peer\s+1\s+100\s+0\s+8\.00\s+16\.00\s+24\.00\s+25\.0\s+-\s+80\s+-\s+1\.00/);
    expect(text).toMatch(/supportPath\s+ours\s+1\s+100\s+0\s+4\.00\s+8\.00\s+12\.00\s+50\.0\s+1\.0\s+80\s+2\.00\s+1\.00/);
    expect(text).toMatch(/supportPath\s+1 bare\s+0\.63\s+1\.60\s+1\.20/);
    expect(text).toMatch(/supportPath\s+1 stack\s+0\.80\s+1\.25\s+0\.60/);
    expect(text).toMatch(/supportPath\s+1 peer\s+2\.00\s+0\.50\s+-/);
  });

  it('writes the report and its ratios as JSON', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-report-')), 'out', 'latest.json');
    writeReport(fake(), file);
    const written = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(written.measurements).toHaveLength(6);
    expect(written.ratios).toHaveLength(4);
    expect(written.importRatio).toEqual({ rounds: [{ round: 1, ratio: 0.5 }], median: 0.5 });
    expect(written.machine.cpuModel).toBe('test cpu');
    fs.rmSync(path.dirname(path.dirname(file)), { recursive: true });
  });
});
