import neo4j, { Driver, isRetryableError, Neo4jError, QueryResult, RecordShape, ManagedTransaction, Session, Transaction } from 'neo4j-driver';
import { BadUserInputError, QueryCancelledError, QueryTimeoutError, ServiceUnavailableError } from '../errors/domain-errors';
import { cypher } from './cypher';
import { RequestMoment } from './request-moment';

export type Params = Record<string, unknown>;
/** Work done inside one transaction: any number of statements, committed together. */
export type TxWork<T> = (tx: TxRunner) => Promise<T>;

/** Runs named statements from cypher/ inside an open transaction. */
export interface TxRunner {
  run<R extends RecordShape = RecordShape>(statement: string, params?: Params): Promise<QueryResult<R>>;
}

/** One statement run: its cypher/ file, access mode, how long it took to run and stream its result, and whether it succeeded. */
export interface QueryEvent {
  statement: string;
  mode: 'READ' | 'WRITE';
  durationMs: number;
  ok: boolean;
  /** The transaction it ran in: unique in this process, so statements that share one share this number. */
  transaction: number;
}

/** Observes every statement the executor runs, once it has finished (tests count round trips with it; /metrics times it). */
export type QueryListener = (event: QueryEvent) => void;

/** Bounds on a request's transactions: a server-side timeout, and a signal that cancels them (the client hung up). */
export interface TxLimits {
  /** Neo4j's transaction timeout, in milliseconds: the server terminates a transaction that runs longer. */
  timeoutMs?: number;
  /** Aborting it closes the open session, which rolls back and stops its running transaction. */
  signal?: AbortSignal;
}

/**
 * The one place that opens sessions and transactions, and the only one that turns Neo4j errors
 * into the service's errors. Reads and writes go through `executeRead`/`executeWrite`, so the
 * driver retries transient failures; writes must therefore be idempotent. Sessions close in
 * `finally`. Statements are named files under cypher/, never strings built from input.
 */
export class Neo4jExecutor {
  constructor(
    readonly driver: Driver,
    private readonly database?: string,
    private readonly defaultParams: Params = {},
    private readonly listeners: Set<QueryListener> = new Set(),
    private readonly pinnedParams: Params = {},
    private readonly limits: TxLimits = {},
    private readonly shared?: RequestReadTransaction,
  ) {}

  /** Registers a listener called once per statement run (here and in every view: `forRequest`, `withLimits`); returns its remover. */
  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A view of this executor for one request: every statement receives the caller's `$scope`, which
   * no statement parameter can replace (it is merged last), and `$at`, the request's moment (a
   * RequestMoment: as it is when each statement runs), which a statement may replace with its own
   * (`supportPath(at:)` asks about another moment).
   */
  forRequest({ scope, at }: { scope: unknown; at: Date | RequestMoment }): Neo4jExecutor {
    const defaults: Params = { ...this.defaultParams };
    // A RequestMoment is read as each statement runs (its spread reads the getter), so a moment
    // moved forward by a write reaches the request's later reads.
    if (at instanceof RequestMoment) Object.defineProperty(defaults, 'at', { enumerable: true, get: () => at.at });
    else defaults.at = at;
    return new Neo4jExecutor(this.driver, this.database, defaults, this.listeners, { ...this.pinnedParams, scope }, this.limits, this.shared);
  }

  /**
   * A view of this executor whose transactions time out after `limits.timeoutMs` (on the server)
   * and stop when `limits.signal` aborts: how one request's work stays bounded.
   */
  withLimits(limits: TxLimits): Neo4jExecutor {
    return new Neo4jExecutor(this.driver, this.database, this.defaultParams, this.listeners, this.pinnedParams, { ...this.limits, ...limits }, this.shared);
  }

  /**
   * A view of this executor whose reads share one transaction once `reads.share()` was called:
   * one session and one read transaction for a request, opened by its first read and closed by
   * `reads.close()`. Until `share()`, and after `close()`, every read runs in its own transaction
   * as before; writes always do. Call after `withLimits`: the shared transaction takes this view's
   * timeout (one budget for all the request's reads) and stops when its signal aborts.
   */
  withRequestTransaction(): { db: Neo4jExecutor; reads: RequestReads } {
    const reads = new RequestReadTransaction((tx) => this.openShared(tx), this.limits);
    const db = new Neo4jExecutor(this.driver, this.database, this.defaultParams, this.listeners, this.pinnedParams, this.limits, reads);
    return { db, reads };
  }

  /** Runs one read statement and returns its records as plain objects. */
  async read<R extends RecordShape>(statement: string, params: Params = {}): Promise<R[]> {
    return this.readTx(async (tx) => (await tx.run<R>(statement, params)).records.map((r) => r.toObject()));
  }

  /** Runs one write statement in its own transaction and returns its records as plain objects. */
  async write<R extends RecordShape>(statement: string, params: Params = {}): Promise<R[]> {
    return this.writeTx(async (tx) => (await tx.run<R>(statement, params)).records.map((r) => r.toObject()));
  }

  /** Runs `work` in one read transaction (the request's, when it shares one: see `withRequestTransaction`). */
  readTx<T>(work: TxWork<T>): Promise<T> {
    if (this.shared?.active) return this.shared.use(work, { run: (statement, params = {}) => this.runShared(statement, params) });
    return this.inSession('READ', work);
  }

  /** Runs `work` in one write transaction: all of its statements commit, or none do. */
  writeTx<T>(work: TxWork<T>): Promise<T> {
    return this.inSession('WRITE', work);
  }

  /** Runs a schema statement (DDL) outside any explicit transaction. */
  async runSchemaStatement(text: string): Promise<void> {
    const session = this.driver.session({ database: this.database });
    try {
      await session.run(text);
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  private async inSession<T>(mode: 'READ' | 'WRITE', work: TxWork<T>): Promise<T> {
    const { signal, timeoutMs } = this.limits;
    if (signal?.aborted) throw new QueryCancelledError();
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    // Closing the session resets its connection: the server rolls back and stops the transaction.
    const cancel = () => void session.close().catch(() => {});
    signal?.addEventListener('abort', cancel, { once: true });
    try {
      const fn = (tx: ManagedTransaction) => {
        if (signal?.aborted) throw new QueryCancelledError();
        return work(this.runner(tx, mode, performance.now(), nextTransactionId()));
      };
      const config = timeoutMs ? { timeout: timeoutMs } : undefined;
      return await (mode === 'READ' ? session.executeRead(fn, config) : session.executeWrite(fn, config));
    } catch (error) {
      throw signal?.aborted ? new QueryCancelledError() : translateNeo4jError(error);
    } finally {
      signal?.removeEventListener('abort', cancel);
      await session.close();
    }
  }

  private runner(tx: ManagedTransaction | Transaction, mode: 'READ' | 'WRITE', txStarted: number, transaction: number): TxRunner {
    return {
      run: async <R extends RecordShape>(statement: string, params: Params = {}) => {
        const started = performance.now();
        let ok = false;
        try {
          const result = await tx.run<R>(cypher(statement), toNeo4jParams({ at: new Date(), ...this.defaultParams, ...params, ...this.pinnedParams }));
          ok = true;
          return result;
        } catch (error) {
          // A transaction stopped by its timeout is not retried (the driver would retry the
          // transient lock-wait form, timing out again and again).
          throw this.timedOut(error, txStarted) ? new QueryTimeoutError() : error;
        } finally {
          const durationMs = performance.now() - started;
          for (const listener of this.listeners) listener({ statement, mode, durationMs, ok, transaction });
        }
      },
    };
  }

  private timedOut(error: unknown, txStarted: number): boolean {
    const ranOut = this.limits.timeoutMs !== undefined && performance.now() - txStarted >= this.limits.timeoutMs * 0.9;
    return Boolean(this.limits.timeoutMs) && isTimeout(error, ranOut) && !this.limits.signal?.aborted;
  }

  /** Opens the session and transaction the request's reads share (no round trip of its own: the driver sends BEGIN and the first statement without waiting for BEGIN's answer). */
  private openShared(timeoutMs: number | undefined): SharedTx {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    const tx = session.beginTransaction(timeoutMs ? { timeout: timeoutMs } : undefined);
    // The begin's own promise is only made when awaited; its failure reaches the first statement.
    return { session, tx, id: nextTransactionId(), started: performance.now() };
  }

  /**
   * One statement in the request's shared transaction. Statements of the same tick go out
   * pipelined on its one connection (the driver queues RUN and PULL in order and hands each
   * result its own records). A statement that fails for a retryable reason (a connection lost, a
   * leader switch) runs again once in a fresh shared transaction, which the request's later
   * reads then use: a read is safe to repeat. A timeout or a cancellation ends the request's reads.
   */
  private async runShared<R extends RecordShape>(statement: string, params: Params): Promise<QueryResult<R>> {
    const shared = this.shared!;
    for (let attempt = 0; ; attempt += 1) {
      const current = shared.current();
      try {
        return await this.runner(current.tx, 'READ', current.started, current.id).run<R>(statement, params);
      } catch (error) {
        if (this.limits.signal?.aborted) throw new QueryCancelledError();
        if (error instanceof QueryTimeoutError) {
          shared.fail(error);
          throw error;
        }
        shared.discard(current);
        if (attempt < SHARED_RETRIES && isRetryableError(error)) continue;
        throw error;
      }
    }
  }
}

/** A statement of the shared transaction that failed for a retryable reason is tried this many more times. */
const SHARED_RETRIES = 1;

let transactionCount = 0;
const nextTransactionId = (): number => (transactionCount += 1);

interface SharedTx {
  session: Session;
  tx: Transaction;
  id: number;
  started: number;
}

/** The request's side of its shared read transaction: start sharing, and close when the response is done. */
export interface RequestReads {
  /** From now on the request's reads share one transaction (an operation that only reads). */
  share(): void;
  /** Rolls back and closes the shared transaction and its session, if one was opened; later reads run in their own. Never throws. */
  close(): Promise<void>;
}

/**
 * One read transaction for one request, opened by its first statement. Closing it rolls it back
 * (a read has nothing to commit) and releases its connection; so does the request's signal, at
 * once, when the client hangs up.
 */
class RequestReadTransaction implements RequestReads {
  private sharing = false;
  private closed = false;
  private open?: SharedTx;
  private failure?: Error;
  private readonly onAbort = () => void this.close();

  constructor(
    private readonly begin: (timeoutMs: number | undefined) => SharedTx,
    private readonly limits: TxLimits,
  ) {}

  get active(): boolean {
    return this.sharing && !this.closed;
  }

  share(): void {
    if (this.sharing || this.closed) return;
    this.sharing = true;
    this.limits.signal?.addEventListener('abort', this.onAbort, { once: true });
  }

  /** Runs `work` against the shared transaction; errors are translated as the executor's are. */
  async use<T>(work: TxWork<T>, runner: TxRunner): Promise<T> {
    if (this.limits.signal?.aborted) throw new QueryCancelledError();
    try {
      return await work(runner);
    } catch (error) {
      throw this.limits.signal?.aborted ? new QueryCancelledError() : translateNeo4jError(error);
    }
  }

  /** The open shared transaction, opened now if none is. */
  current(): SharedTx {
    if (this.failure) throw this.failure;
    if (this.limits.signal?.aborted) throw new QueryCancelledError();
    this.open ??= this.begin(this.limits.timeoutMs);
    return this.open;
  }

  /** Drops a transaction that failed, so the next statement opens a fresh one. */
  discard(tx: SharedTx): void {
    if (this.open !== tx) return;
    this.open = undefined;
    void release(tx);
  }

  /** Every later read of the request fails with this error (its time ran out). */
  fail(error: Error): void {
    this.failure = error;
    if (this.open) this.discard(this.open);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.limits.signal?.removeEventListener('abort', this.onAbort);
    const open = this.open;
    this.open = undefined;
    if (open) await release(open);
  }
}

async function release({ session, tx }: SharedTx): Promise<void> {
  try {
    if (tx.isOpen()) await tx.rollback();
  } catch {
    // Already failed or stopped: closing the session below resets the connection anyway.
  } finally {
    await session.close().catch(() => {});
  }
}

/**
 * Parameters as Neo4j takes them: a JavaScript Date becomes a Neo4j DateTime (so `$at` compares
 * with stored instants), at any depth of lists and maps. `$at` defaults to the moment the statement
 * runs only outside a request (command-line tools); a request pins its own moment.
 */
export function toNeo4jParams(params: Params): Params {
  return convertDates(params) as Params;
}

/**
 * `value` with every Date in it (at any depth of arrays and plain objects) as a Neo4j DateTime.
 * Copies only what holds a Date: an import batch's thousands of rows usually hold none, and go as
 * they are.
 */
function convertDates(value: unknown): unknown {
  if (value instanceof Date) return neo4j.types.DateTime.fromStandardDate(value);
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i += 1) {
      const converted = convertDates(value[i]);
      if (converted !== value[i]) (copy ??= value.slice())[i] = converted;
    }
    return copy ?? value;
  }
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    let copy: Record<string, unknown> | null = null;
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      const converted = convertDates(item);
      if (converted !== item) (copy ??= { ...(value as Record<string, unknown>) })[key] = converted;
    }
    return copy ?? value;
  }
  return value;
}

/** Neo4j's ways of saying a transaction ran past its timeout. */
const TIMEOUT_CODES = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);
/**
 * Neo4j's ways of saying a transaction was stopped: by its timeout while it waited on a lock, but
 * also when the database shuts down. Read as a timeout only when the transaction ran its time.
 */
const STOPPED_CODES = new Set([
  'Neo.TransientError.Transaction.Terminated',
  // neo4j-driver reports the server's TransientError.Transaction.Terminated under this code.
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
  'Neo.ClientError.Transaction.LockClientStopped',
]);

function isTimeout(error: unknown, ranOut: boolean): boolean {
  return error instanceof Neo4jError && (TIMEOUT_CODES.has(error.code) || (ranOut && STOPPED_CODES.has(error.code)));
}

/**
 * A Neo4j error as the caller should see it: a domain error with a stable code where Neo4j's
 * says what happened (a taken id, a timeout, no database); anything else unchanged (masked as
 * INTERNAL_SERVER_ERROR). A transient error the driver's own retries did not get past — a
 * connection cut mid-statement, a deadlock that kept recurring, a lock client stopped — is
 * SERVICE_UNAVAILABLE: the same request, sent again, can succeed.
 */
export function translateNeo4jError(error: unknown): unknown {
  if (error instanceof Neo4jError) {
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new BadUserInputError('The change conflicts with an existing entity (an id is already taken).');
    }
    if (error.code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
      return new QueryTimeoutError();
    }
    // The database stopped the transaction (it is shutting down or restarting, or an operator
    // stopped it): try again shortly. The driver reports the server's TransientError under ClientError.
    if (error.code === 'Neo.TransientError.Transaction.Terminated' || error.code === 'Neo.ClientError.Transaction.Terminated') {
      return new ServiceUnavailableError();
    }
    // No connection free within the acquisition timeout is the same answer as no database: try later.
    const poolTimedOut = error.message.startsWith('Connection acquisition timed out');
    if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired' || error.code === 'Neo.TransientError.General.DatabaseUnavailable' || poolTimedOut) {
      return new ServiceUnavailableError();
    }
    if (isRetryableError(error)) return new ServiceUnavailableError();
  }
  return error;
}
