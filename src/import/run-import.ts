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
 * `items`, with up to `ahead` of them being made while the consumer works on the current one (an
 * async generator runs the calls to `next` one after the other, in order). A failure of an item
 * made ahead reaches the consumer when it comes to that item.
 */
async function* readAhead<T>(items: AsyncIterable<T>, ahead: number): AsyncIterable<T> {
  const iterator = items[Symbol.asyncIterator]();
  const queue: Array<Promise<IteratorResult<T>>> = [];
  try {
    for (;;) {
      while (queue.length < ahead) {
        const next = iterator.next();
        next.catch(() => {}); // handled when its turn comes
        queue.push(next);
      }
      const next = await queue.shift()!;
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await iterator.return?.();
  }
}

/** Validated batches written while the next ones are validated (each a few MB at the default size). */
const VALIDATED_AHEAD = 4;

/** A batch of one set that passed validation: its rows (normalised) and where each was read. */
interface ValidatedBatch {
  set: EntitySet;
  source: ImportSource;
  rows: Array<OpRows[EntitySet]>;
  at: SourceRow[];
}

/**
 * Imports a file or a folder (JSON or CSV, see docs/writes.md, "Bulk import") through the shared write
 * path. Every row is validated, against the graph and against the rows before it (a subscription
 * may name a customer three files earlier), set by set in batches of `batchSize`; the batches that
 * passed are written in the same order, each batch one write transaction that validates its rows
 * again (reading only their own entities: what they refer to is kept from the validation). The two
 * run side by side: while a batch is written, the next ones are validated (the database's reads and
 * the importer's parsing take the cores the writing leaves). Nothing is written until every file
 * has been read through once: a file the importer cannot read (ImportFileError) writes nothing. Rows
 * are written with MERGE on their ids, so running the same import twice, or two at once, leaves one
 * copy of everything.
 */
export async function runImport(db: Neo4jExecutor, target: string, options: ImportOptions): Promise<ImportSummary> {
  const startedAt = Date.now();
  const progress = options.progress ?? SILENT;
  const writer = new GraphWriter(db);
  const plan = ENTITY_SETS.flatMap((set) => openSources(target).filter((s) => s.sets.includes(set)).map((source) => ({ set, source })));
  const rejections: RejectedRow[] = [];
  let rejected = 0;
  const reject = (row: SourceRow, problems: Problem[], duringWrite: boolean) => {
    rejected += 1;
    const file = shownPath(row.file);
    for (const p of problems) rejections.push({ file, line: row.line, field: p.field, reason: p.reason, duringWrite });
  };

  let expected = 0;
  for (const { set, source } of plan) expected += await source.count(set);

  let read = 0;
  const known = new KnownEntities();
  async function* validated(): AsyncIterable<ValidatedBatch> {
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
        const passed = checked.accepted.map((i) => clean[i]);
        yield { set, source, rows: passed.map((c) => c.row), at: passed.map((c) => c.at) };
      }
    }
  }

  // Every file read through before the first write, while the validation starts.
  const readable = readThrough(plan);
  readable.catch(() => {}); // awaited below, before anything is written
  let written = 0;
  let changed = 0;
  progress.start('importing', expected);
  try {
    for await (const batch of readAhead(validated(), VALIDATED_AHEAD)) {
      await readable;
      if (batch.rows.length) {
        const outcome = await writer.write(
          batch.set,
          batch.rows,
          { operation: 'import', callerId: options.callerId, source: path.basename(batch.source.file) },
          // The write re-checks each row under its transaction against its own entity as the graph
          // holds it now, and against what validation accepted and read for the rest.
          { strict: false, references: known },
        );
        for (const r of outcome.rejected) reject(batch.at[r.index], r.problems, true);
        written += outcome.accepted.length;
        changed += outcome.changed;
      }
      progress.update(written + rejected);
    }
    await readable;
  } finally {
    progress.stop();
  }

  // Validation runs ahead of writing: the report is put back in file order, then line order.
  const order = new Map<string, number>();
  for (const { source } of plan) {
    const file = shownPath(source.file);
    if (!order.has(file)) order.set(file, order.size);
  }
  rejections.sort((a, b) => order.get(a.file)! - order.get(b.file)! || a.line - b.line);
  return { read, written, rejected, changed, seconds: (Date.now() - startedAt) / 1000, rejections };
}

/** A file as the report names it: relative to the working directory. */
const shownPath = (file: string) => path.relative(process.cwd(), file) || file;

/** Reads every row of every file once, and nothing else: throws ImportFileError for a file that cannot be read. */
async function readThrough(plan: Array<{ set: EntitySet; source: ImportSource }>): Promise<void> {
  for (const { set, source } of plan) await source.readThrough(set);
}
