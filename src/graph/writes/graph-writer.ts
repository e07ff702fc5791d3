import { createHash, randomBytes } from 'node:crypto';
import { BadUserInputError } from '../../errors/domain-errors';
import type { EntityType, Snapshot } from '../../domain/entity-state';
import type { Problem } from '../../domain/problem';
import { repeatedIdProblems, RuleContext } from '../../domain/write-rules';
import type { Neo4jExecutor, TxRunner } from '../executor';
import { KnownEntities } from './known-entities';
import { lockSnapshots, readSnapshots, stableJson } from './snapshots';
import { OpRows, WRITE_OPS, WriteOpName } from './write-ops';

/** Who writes and how, for the audit. */
export interface WriteMeta {
  /** The mutation's name, `import` or `seed`. */
  operation: string;
  callerId: string;
  /** Where the rows came from (an import's file), if anywhere. */
  source?: string | null;
  /** The write's moment: "now" for its rules, its statements (`$at`) and its audit (default: when it starts). */
  at?: Date;
  /**
   * The caller's idempotency key: the first write with it (by this caller) is done and recorded
   * with it; a later one with the same operation and rows returns the first outcome and writes
   * nothing (BAD_USER_INPUT when it reuses the key for something else).
   */
  clientMutationId?: string | null;
}

export interface Rejection<R> {
  /** Position of the row in the rows given. */
  index: number;
  row: R;
  problems: Problem[];
}

export interface Validation<R> {
  /** Positions of the rows that passed, in order. */
  accepted: number[];
  rejected: Array<Rejection<R>>;
}

export interface WriteOutcome<R> extends Validation<R> {
  /** How many entities changed (one audit record each). */
  changed: number;
  /** The write's moment (ISO-8601): what it wrote took effect then, unless dated otherwise. */
  at: string;
}

/** Thrown by a strict write when a row fails validation; nothing of the transaction is kept. */
export class WriteRejectedError<R = unknown> extends Error {
  constructor(
    readonly op: WriteOpName,
    readonly rejections: Array<Rejection<R>>,
  ) {
    const first = rejections[0];
    super(`${op} row ${first.index + 1} was rejected: ${first.problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`);
  }
}

let changeSequence = 0;
let lastMoment = 0;

/**
 * Now, or the request's moment if later, and strictly after the previous write's moment in this
 * process: two writes never share an instant, so intervals they open and close have a length and
 * audit records sort in the order the writes happened.
 */
function writeMoment(requested?: Date): Date {
  lastMoment = Math.max(Date.now(), requested?.getTime() ?? 0, lastMoment + 1);
  return new Date(lastMoment);
}

/** Tells this process's change ids from another's with the same moment and sequence number. */
const PROCESS_TAG = randomBytes(4).toString('hex');

/**
 * Change ids sort by time, then by the order this process wrote them (the audit pages by id); the
 * process's tag keeps two processes' ids apart (one random draw per process, not per record).
 */
function nextChangeId(now: string): string {
  changeSequence += 1;
  return `chg-${now}-${changeSequence.toString(36).padStart(8, '0')}-${PROCESS_TAG}`;
}

/**
 * The one write path. Every row is validated against the graph as it is inside the transaction
 * (and against the rows accepted before it in the same run), written with idempotent Cypher, and
 * every entity it changed gets one audit record. Mutations, the importer and the seed loader all
 * write through here.
 */
export class GraphWriter {
  constructor(private readonly db: Neo4jExecutor) {}

  /**
   * Validates and writes `rows` in one write transaction. With `strict`, the first rejected row
   * throws WriteRejectedError before anything is written; otherwise rejected rows are skipped and
   * returned. Rows that change nothing write nothing and leave no audit record. With
   * `references` (an import's write pass: what its validation pass accepted and read), only the
   * rows' own entities are read, by their label, and the audit's "after" is built from the rows.
   */
  write<K extends WriteOpName>(op: K, rows: Array<OpRows[K]>, meta: WriteMeta, options: WriteOptions): Promise<WriteOutcome<OpRows[K]>> {
    return this.db.writeTx((tx) => this.writeInTx(tx, op, rows, meta, options));
  }

  /** `write` inside a transaction the caller holds (the seed loader writes every set in one). */
  async writeInTx<K extends WriteOpName>(
    tx: TxRunner,
    op: K,
    rows: Array<OpRows[K]>,
    meta: WriteMeta,
    options: WriteOptions,
  ): Promise<WriteOutcome<OpRows[K]>> {
    const key = meta.clientMutationId ? await claimKey(tx, op, rows, meta) : null;
    if (key?.replay) return key.replay as WriteOutcome<OpRows[K]>;
    // An import's write pass: its rows are all of the operation's kind, and most of them new.
    const label = WRITE_OPS[op].label;
    const importKind = options.references && label ? label : null;
    const locked = importKind ? await lockBatch(tx, op, rows, importKind) : (await lockEntities(tx, op, rows), null);
    // The write's moment, taken once it holds its locks: concurrent writes of one entity get
    // moments in the order they commit (never earlier than the request's).
    const at = writeMoment(meta.at);
    const now = at.toISOString();
    const outer = tx;
    tx = { run: (statement, params = {}) => outer.run(statement, { at, ...params }) };
    const known = new KnownEntities();
    const stored = locked && options.references ? await readOwn(tx, op, rows, locked, options.references) : await readStored(tx, op, rows, known);
    const checked = judge(op, rows, stored, known, now);
    if (options.strict && checked.rejected.length) throw new WriteRejectedError(op, checked.rejected);
    if (!checked.accepted.length) return { ...checked, changed: 0, at: now };

    const def = WRITE_OPS[op];
    const rowsOk = checked.accepted.map((i) => rows[i]);
    const factsOk = checked.accepted.map((i) => stored.facts[i]);
    const writing = def.write(tx, rowsOk, { now, before: stored.before }, factsOk);
    writing.catch(() => {}); // awaited below, before anything else runs in the transaction
    // While Neo4j runs the write (its statement goes out once this yields), the audit's texts of
    // the states before, and after where the rows say what they leave (an import's own entities).
    await new Promise(setImmediate);
    const audited = [...new Set(rowsOk.flatMap((row, i) => def.auditIds(row, factsOk[i])))];
    const written = new Map<string, Snapshot>();
    if (importKind) {
      for (const row of rowsOk) {
        const id = def.lockIds(row)[0];
        const state = def.after?.(row, stored.before.get(id), now);
        if (state) written.set(id, state);
      }
    }
    const audit = prepareAudit(audited, stored.before, written);
    await writing;
    const changed = await recordChanges(tx, audit, meta, now, importKind);
    if (key) await tx.run('write/settle-mutation-key', { key: key.key, changed, writtenAt: now });
    return { ...checked, changed, at: now };
  }

  /**
   * The outcome of the write this caller already made with `meta.clientMutationId` for this
   * operation and these rows, or null when there is none (no key, a key not used yet, or used for
   * another write: the write itself then says so). Lets a retry skip checks that the first write
   * passed and that its own effect may now fail (a removed entity is no longer found).
   */
  findReplay<K extends WriteOpName>(op: K, rows: Array<OpRows[K]>, meta: WriteMeta): Promise<WriteOutcome<OpRows[K]> | null> {
    if (!meta.clientMutationId) return Promise.resolve(null);
    return this.db.readTx(async (tx) => {
      const result = await tx.run('unscoped/write/find-mutation-key', { key: keyOf(meta) });
      const record = result.records[0];
      if (!record || record.get('operation') !== meta.operation || record.get('fingerprint') !== fingerprintOf(op, rows)) return null;
      return replayOf(record, rows);
    });
  }

  /** The stored state of these entities as the write path sees them (unknown ids are absent), read in a transaction of its own. */
  read(ids: string[]): Promise<Map<string, Snapshot>> {
    return this.db.readTx((tx) => readSnapshots(tx, ids));
  }

  /**
   * Validates rows without writing them (an import's first pass). `known` holds what earlier rows
   * of the same run were accepted as; rows accepted here are added to it.
   */
  async validate<K extends WriteOpName>(op: K, rows: Array<OpRows[K]>, known: KnownEntities): Promise<Validation<OpRows[K]>> {
    const stored = await this.db.readTx((tx) => readStored(tx, op, rows, known));
    // The rules' "now" comes from the one clock of writes, as in the write pass that checks them again.
    const checked = judge(op, rows, stored, known, writeMoment().toISOString());
    known.remember(stored.before);
    return checked;
  }
}

/**
 * Claims the write's idempotency key (the caller's, and its operation and rows as a fingerprint).
 * `replay` is the first outcome when the key was claimed before, by a write that committed; a key
 * reused for another operation or other rows is refused.
 */
async function claimKey<K extends WriteOpName>(tx: TxRunner, op: K, rows: Array<OpRows[K]>, meta: WriteMeta): Promise<{ key: string; replay?: WriteOutcome<OpRows[K]> }> {
  const key = keyOf(meta);
  const fingerprint = fingerprintOf(op, rows);
  const result = await tx.run('write/claim-mutation-key', { key, claim: randomBytes(8).toString('hex'), operation: meta.operation, fingerprint, at: meta.at ?? new Date() });
  const record = result.records[0];
  if (record.get('fresh')) return { key };
  if (record.get('operation') !== meta.operation || record.get('fingerprint') !== fingerprint) {
    throw new BadUserInputError(`clientMutationId "${meta.clientMutationId}" was already used for another write; choose a new one for this one.`, { field: 'input.clientMutationId' });
  }
  return { key, replay: replayOf(record, rows) };
}

/** An idempotency key is the caller's own: two callers may use the same clientMutationId. */
const keyOf = (meta: WriteMeta) => `${meta.callerId}\u0000${meta.clientMutationId}`;

/** What a key's write was: its operation's rows, so that a key reused for another write is told apart from a retry. */
const fingerprintOf = (op: WriteOpName, rows: unknown[]) => createHash('sha256').update(stableJson({ op, rows })).digest('hex');

/**
 * The first write's outcome, as a key records it: how many entities it changed, and its moment
 * (the moment it took under its locks, so that what it wrote is read back as it left it; a key
 * recorded before the moment was kept has only the request's).
 */
function replayOf<R>(record: { get(key: string): unknown }, rows: R[]): WriteOutcome<R> {
  const at = new Date((record.get('writtenAt') ?? record.get('at')) as number).toISOString();
  return { accepted: rows.map((_, i) => i), rejected: [], changed: Number(record.get('changed') ?? 0), at };
}

/** The rows' own ids, sorted (two writes lock the ids they share in the same order). */
function lockIdsOf<K extends WriteOpName>(op: K, rows: Array<OpRows[K]>): string[] {
  const def = WRITE_OPS[op];
  return [...new Set(rows.flatMap((row) => def.lockIds(row)).filter((id) => typeof id === 'string' && id !== ''))].sort();
}

/**
 * Takes the write lock of every entity the rows are about before anything is read, so concurrent
 * writes of one entity run one after the other, each validating and auditing against what the
 * previous one committed (an identical write then changes nothing and records nothing; a write
 * dated before the state it replaces is refused). Entities not yet created are covered by the
 * operation's creation gate, taken only when some entity is missing; what a concurrent write
 * created meanwhile is then locked too.
 */
async function lockEntities<K extends WriteOpName>(tx: TxRunner, op: K, rows: Array<OpRows[K]>): Promise<void> {
  const ids = lockIdsOf(op, rows);
  if (!ids.length) return;
  const lock = async () => (await tx.run<{ found: string[] }>('write/lock-entities', { batch: { ids } })).records[0].get('found').length;
  if ((await lock()) < ids.length) {
    await tx.run('write/lock-creations', { gate: op });
    await lock();
  }
}

/**
 * An import batch's locks, as lockEntities takes them: its rows are all of kind `label` and mostly
 * new, so it takes the creation gate at once, then locks its stored entities, in one statement of
 * its kind, which returns their state read under the locks (the write's own snapshot read).
 */
async function lockBatch<K extends WriteOpName>(tx: TxRunner, op: K, rows: Array<OpRows[K]>, label: EntityType): Promise<Map<string, Snapshot>> {
  const ids = lockIdsOf(op, rows);
  if (!ids.length) return new Map();
  return lockSnapshots(tx, op, ids, label);
}

export interface WriteOptions {
  /** Throw WriteRejectedError at the first rejected row instead of skipping it. */
  strict: boolean;
  /** An import's write pass: what its validation pass accepted and read from the graph. */
  references?: KnownEntities;
}

interface Stored {
  facts: unknown[];
  before: Map<string, Snapshot>;
  microsoft: string | null;
}

/** Everything validation reads from the graph for these rows (entities `known` already holds are not read). */
async function readStored<K extends WriteOpName>(tx: TxRunner, op: K, rows: Array<OpRows[K]>, known: KnownEntities): Promise<Stored> {
  const def = WRITE_OPS[op];
  const facts: unknown[] = def.facts ? await def.facts(tx, rows) : rows.map(() => undefined);
  const before = await readSnapshots(
    tx,
    rows.flatMap((row, i) => def.ids(row, facts[i]).filter((id) => !known.get(id))),
  );
  const microsoft = op === 'publishers' ? await findMicrosoftPublisher(tx) : null;
  return { facts, before, microsoft };
}

/**
 * An import's write pass: the rows' own entities as the graph holds them now (read with their
 * locks), and everything they refer to as the validation pass saw it.
 */
async function readOwn<K extends WriteOpName>(tx: TxRunner, op: K, rows: Array<OpRows[K]>, locked: Map<string, Snapshot>, references: KnownEntities): Promise<Stored> {
  const def = WRITE_OPS[op];
  const facts: unknown[] = def.facts ? await def.facts(tx, rows) : rows.map(() => undefined);
  // Its own entities are the ones it locked (for each kind an import writes, WRITE_OPS audits what it locks).
  const own = new Set(rows.flatMap((row) => def.lockIds(row)));
  const before = new Map(locked);
  for (const [i, row] of rows.entries()) {
    for (const id of def.ids(row, facts[i])) {
      const found = own.has(id) ? undefined : references.reference(id);
      if (found) before.set(id, found);
    }
  }
  const microsoft = op === 'publishers' ? await findMicrosoftPublisher(tx) : null;
  return { facts, before, microsoft };
}

/** Validates each row in order; an accepted row is added to `known`, so later rows see it (and a repeated id is refused). */
function judge<K extends WriteOpName>(op: K, rows: Array<OpRows[K]>, stored: Stored, known: KnownEntities, now: string): Validation<OpRows[K]> {
  const def = WRITE_OPS[op];
  const ctx: RuleContext = {
    entity: (id) => known.get(id) ?? stored.before.get(id),
    microsoftPublisherId: () => known.microsoftPublisherId() ?? stored.microsoft,
    now,
  };
  const accepted: number[] = [];
  const rejected: Array<Rejection<OpRows[K]>> = [];
  rows.forEach((row, index) => {
    const ownId = (row as { id?: unknown }).id;
    const problems =
      typeof ownId === 'string' && known.get(ownId) && op !== 'removals' && op !== 'supportRules'
        ? repeatedIdProblems(ownId)
        : def.validate(row, ctx, stored.facts[index]);
    if (problems.length) {
      rejected.push({ index, row, problems });
    } else {
      accepted.push(index);
      known.accept(op, row, stored.before, now);
    }
  });
  return { accepted, rejected };
}

async function findMicrosoftPublisher(tx: TxRunner): Promise<string | null> {
  const result = await tx.run<{ id: string }>('unscoped/write/find-microsoft-publishers');
  return result.records[0]?.get('id') ?? null;
}

/** The audit of a write, prepared while the write runs: each audited entity's state before it, and after it where the rows say. */
interface PreparedAudit {
  ids: string[];
  /** JSON text of each entity's state before the write (null: it did not exist). */
  before: Map<string, AuditedState | null>;
  /** The same after the write, for the entities whose state the rows say (the others are read back). */
  after: Map<string, AuditedState>;
}

interface AuditedState {
  type: EntityType;
  text: string;
}

const auditedState = (s: Snapshot): AuditedState => ({ type: s.type, text: stableJson(s.state) });

function prepareAudit(ids: string[], before: ReadonlyMap<string, Snapshot>, written: ReadonlyMap<string, Snapshot>): PreparedAudit {
  const was = new Map<string, AuditedState | null>();
  const is = new Map<string, AuditedState>();
  for (const id of ids) {
    const stored = before.get(id);
    was.set(id, stored ? auditedState(stored) : null);
    const state = written.get(id);
    if (state) is.set(id, auditedState(state));
  }
  return { ids, before: was, after: is };
}

/**
 * Writes one audit record per entity whose state differs after the write; returns how many.
 * States the prepared audit lacks are read back (of `label` only, when given).
 */
async function recordChanges(tx: TxRunner, audit: PreparedAudit, meta: WriteMeta, now: string, label: EntityType | null): Promise<number> {
  const read = await readSnapshots(tx, audit.ids.filter((id) => !audit.after.has(id)), label);
  const changes = audit.ids.flatMap((id) => {
    const was = audit.before.get(id) ?? null;
    const stored = read.get(id);
    const is = audit.after.get(id) ?? (stored ? auditedState(stored) : null);
    if (was?.text === is?.text) return [];
    return [{ id: nextChangeId(now), entityType: (is ?? was)!.type, entityId: id, before: was?.text ?? null, after: is?.text ?? null }];
  });
  if (changes.length) {
    await tx.run('audit/record-changes', { changes, at: now, callerId: meta.callerId, operation: meta.operation, source: meta.source ?? null, clientMutationId: meta.clientMutationId ?? null });
  }
  return changes.length;
}
