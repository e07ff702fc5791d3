import fs from 'node:fs';
import path from 'node:path';
import { ENTITY_SETS, EntitySet } from '../src/domain/dataset';
import { csvSink } from '../src/generate/dataset-files';
import { generateDataset } from '../src/generate/generate-dataset';
import type { Neo4jExecutor } from '../src/graph/executor';
import { isGraphEmpty } from '../src/graph/graph-setup';
import { loadMatrix, readDefaultMatrix } from '../src/graph/seed-loader';
import { stableJson } from '../src/graph/writes/snapshots';
import { openSources } from '../src/import/import-sources';
import { normalizeRow } from '../src/import/normalize-row';
import { runImport } from '../src/import/run-import';
import type { ImportFigures, StatementTime } from './bench-report';

/** One loader's timing, before the bench says which round it belongs to. */
export type LoaderFigures = Omit<ImportFigures, 'round'>;

/** The generated data set for `customers` (written once, then reused): its folder. */
export function ensureDataset(customers: number, seed: number, log: (line: string) => void): string {
  const dir = path.resolve('data', 'generated', `${customers}-${seed}`);
  if (fs.existsSync(path.join(dir, 'customers.csv'))) return dir;
  log(`generating ${customers} customers into ${dir}`);
  const files = csvSink(dir);
  generateDataset({ customers, seed, idPrefix: 'gen-' }, files.sink);
  files.close();
  return dir;
}

/** Rows of every file of the data set, as the importer counts them. */
export async function countRows(dir: string): Promise<number> {
  let rows = 0;
  for (const source of openSources(dir)) for (const set of source.sets) rows += await source.count(set);
  return rows;
}

/** The service's importer (`npm run import`) on an empty graph, timed. */
export async function importOurs(db: Neo4jExecutor, dir: string, batchSize: number): Promise<LoaderFigures> {
  if (await isGraphEmpty(db)) await loadMatrix(db, readDefaultMatrix());
  const { result: summary, statements } = await timeStatements(db, () => runImport(db, dir, { batchSize, callerId: 'bench' }));
  if (summary.rejected) throw new Error(`the importer rejected ${summary.rejected} generated row(s): ${JSON.stringify(summary.rejections.slice(0, 3))}`);
  return { loader: 'ours', rows: summary.read, seconds: summary.seconds, rowsPerSecond: summary.read / summary.seconds, statements };
}

/** Runs `work`, adding up the time the executor spends in each statement meanwhile (most first). */
async function timeStatements<T>(db: Neo4jExecutor, work: () => Promise<T>): Promise<{ result: T; statements: StatementTime[] }> {
  const byStatement = new Map<string, StatementTime>();
  const stop = db.onQuery(({ statement, durationMs }) => {
    const entry = byStatement.get(statement) ?? { statement, runs: 0, seconds: 0 };
    entry.runs += 1;
    entry.seconds += durationMs / 1000;
    byStatement.set(statement, entry);
  });
  try {
    const result = await work();
    return { result, statements: [...byStatement.values()].sort((a, b) => b.seconds - a.seconds) };
  } finally {
    stop();
  }
}

const ENTITY_TYPE: Record<EntitySet, string> = {
  publishers: 'Publisher',
  partners: 'Partner',
  resellerLinks: 'Partner',
  offers: 'Offer',
  customers: 'Customer',
  subscriptions: 'Subscription',
  contacts: 'SupportContact',
  resources: 'Resource',
};

const statementOf = (set: EntitySet) => `bench/import-${set.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/**
 * The baseline: the same rows, read and normalised the same way, written by a plain batched
 * UNWIND … MERGE per set (one write transaction per batch) with one audit record per row; no
 * validation and no reads. What a loader with the same constraints and an audit costs at least.
 */
export async function importBaseline(db: Neo4jExecutor, dir: string, batchSize: number): Promise<LoaderFigures> {
  const started = Date.now();
  const at = new Date().toISOString();
  let rows = 0;
  for (const set of ENTITY_SETS) {
    for (const source of openSources(dir).filter((s) => s.sets.includes(set))) {
      let batch: Array<Record<string, unknown>> = [];
      const flush = async () => {
        if (!batch.length) return;
        const params = {
          rows: batch,
          at,
          callerId: 'bench',
          operation: 'import',
          source: path.basename(source.file),
          entityType: ENTITY_TYPE[set],
        };
        await db.writeTx((tx) => tx.run(statementOf(set), params));
        rows += batch.length;
        batch = [];
      };
      for await (const read of source.rows(set)) {
        const { row } = normalizeRow(set, read.raw);
        batch.push({ ...row, after: stableJson(row), changeId: `bench-chg-${set}-${rows + batch.length}` });
        if (batch.length >= batchSize) await flush();
      }
      await flush();
    }
  }
  const seconds = (Date.now() - started) / 1000;
  return { loader: 'baseline', rows, seconds, rowsPerSecond: rows / seconds };
}
