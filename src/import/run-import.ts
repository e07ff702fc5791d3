import path from 'node:path';
import { ENTITY_SETS, EntitySet } from '../domain/dataset';
import type { Problem } from '../domain/problem';
import type { Neo4jExecutor } from '../graph/executor';
import { GraphWriter } from '../graph/writes/graph-writer';
import { KnownEntities } from '../graph/writes/known-entities';
import type { OpRows } from '../graph/writes/write-ops';
import { ImportSource, openSources, SourceRow } from './import-sources';
import { normalizeRow } from './normalize-row';
import type { Progress } from './progress';

export interface ImportOptions {
  /** Rows per write transaction (and per validation read). */
  batchSize: number;
  /** Who the audit records as having made the changes. */
  callerId: string;
  progress?: Progress;
}

/** One problem of one rejected row. `duringWrite` marks a row that passed the first pass but not the write's own check (the graph changed meanwhile). */
export interface RejectedRow {
  file: string;
  line: number;
  field: string;
  reason: string;
  duringWrite: boolean;
}

export interface ImportSummary {
  read: number;
  written: number;
  /** Rows rejected (a row with several problems counts once). */
  rejected: number;
  /** Entities the import changed: one audit record each. A second run of the same import changes none. */
  changed: number;
  seconds: number;
  rejections: RejectedRow[];
}

const SILENT: Progress = { start: () => {}, update: () => {}, stop: () => {} };

async function* inBatches<T>(items: AsyncIterable<T>, size: number): AsyncIterable<T[]> {
  let batch: T[] = [];
  for await (const item of items) {
    batch.push(item);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/**
 * Imports a file or a folder (JSON or CSV, see docs/writes.md, "Bulk import") through the shared write
 * path, in two passes. First every row is validated, against the graph and against the rows
 * before it, and nothing is written; then the rows that passed are written set by set in batches
 * of `batchSize`, each batch one write transaction that validates its rows again (reading only
 * their own entities: what they refer to is kept from the first pass). Rows are
 * written with MERGE on their ids, so running the same import twice, or two at once, leaves one
 * copy of everything. Throws ImportFileError, before writing anything, for a file it cannot read.
 */
export async function runImport(db: Neo4jExecutor, target: string, options: ImportOptions): Promise<ImportSummary> {
  const startedAt = Date.now();
  const progress = options.progress ?? SILENT;
  const writer = new GraphWriter(db);
  const plan = ENTITY_SETS.flatMap((set) => openSources(target).filter((s) => s.sets.includes(set)).map((source) => ({ set, source })));
  const rejections: RejectedRow[] = [];
  const rejectedRows = new Set<string>();
  const where = (row: SourceRow) => row.key;
  const reject = (row: SourceRow, problems: Problem[], duringWrite: boolean) => {
    rejectedRows.add(where(row));
    const file = path.relative(process.cwd(), row.file) || row.file;
    for (const p of problems) rejections.push({ file, line: row.line, field: p.field, reason: p.reason, duringWrite });
  };

  let expected = 0;
  for (const { set, source } of plan) expected += await source.count(set);

  let read = 0;
  const known = new KnownEntities();
  progress.start('validating', expected);
  for (const { set, source } of plan) {
    for await (const batch of inBatches(source.rows(set), options.batchSize)) {
      const clean: Array<{ at: SourceRow; row: OpRows[EntitySet] }> = [];
      const problems: Array<{ at: SourceRow; problems: Problem[] }> = [];
      for (const at of batch) {
        const normalized = normalizeRow(set, at.raw);
        if (normalized.problems.length) problems.push({ at, problems: normalized.problems });
        else clean.push({ at, row: normalized.row as unknown as OpRows[EntitySet] });
      }
      const checked = await writer.validate(set, clean.map((c) => c.row), known);
      for (const r of checked.rejected) problems.push({ at: clean[r.index].at, problems: r.problems });
      for (const r of problems.sort((a, b) => a.at.line - b.at.line)) reject(r.at, r.problems, false);
      read += batch.length;
      progress.update(read);
    }
  }
  progress.stop();

  let written = 0;
  let changed = 0;
  const toWrite = read - rejectedRows.size;
  progress.start('writing', toWrite);
  for (const { set, source } of plan) {
    for await (const batch of inBatches(accepted(source, set, rejectedRows, where), options.batchSize)) {
      const rows = batch.map((at) => normalizeRow(set, at.raw).row as unknown as OpRows[EntitySet]);
      const outcome = await writer.write(
        set,
        rows,
        { operation: 'import', callerId: options.callerId, source: path.basename(source.file) },
        // The write pass re-checks each row under its transaction against its own entity as the
        // graph holds it now, and against what the validation pass accepted and read for the rest.
        { strict: false, references: known },
      );
      for (const r of outcome.rejected) reject(batch[r.index], r.problems, true);
      written += outcome.accepted.length;
      changed += outcome.changed;
      progress.update(written + outcome.rejected.length);
    }
  }
  progress.stop();

  return { read, written, rejected: rejectedRows.size, changed, seconds: (Date.now() - startedAt) / 1000, rejections };
}

async function* accepted(source: ImportSource, set: EntitySet, rejected: Set<string>, where: (row: SourceRow) => string): AsyncIterable<SourceRow> {
  for await (const row of source.rows(set)) if (!rejected.has(where(row))) yield row;
}
