import neo4j, { Driver, Neo4jError, QueryResult, RecordShape, ManagedTransaction } from 'neo4j-driver';
import { BadUserInputError, ServiceUnavailableError } from '../errors/domain-errors';
import { cypher } from './cypher';

export type Params = Record<string, unknown>;
/** Work done inside one transaction: any number of statements, committed together. */
export type TxWork<T> = (tx: TxRunner) => Promise<T>;

/** Runs named statements from cypher/ inside an open transaction. */
export interface TxRunner {
  run<R extends RecordShape = RecordShape>(statement: string, params?: Params): Promise<QueryResult<R>>;
}

/** Observes every transaction function the executor starts (tests count round trips with it). */
export type QueryListener = (event: { statement: string; mode: 'READ' | 'WRITE' }) => void;

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
  ) {}

  /** Registers a listener called once per statement run (here and in every `withParams` view); returns its remover. */
  onQuery(listener: QueryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * A view of this executor whose statements all receive `params` besides their own: how the
   * caller's `$scope` reaches every query of a request without any repository passing it.
   */
  withParams(params: Params): Neo4jExecutor {
    return new Neo4jExecutor(this.driver, this.database, { ...this.defaultParams, ...params }, this.listeners);
  }

  /** Runs one read statement and returns its records as plain objects. */
  async read<R extends RecordShape>(statement: string, params: Params = {}): Promise<R[]> {
    return this.readTx(async (tx) => (await tx.run<R>(statement, params)).records.map((r) => r.toObject()));
  }

  /** Runs one write statement in its own transaction and returns its records as plain objects. */
  async write<R extends RecordShape>(statement: string, params: Params = {}): Promise<R[]> {
    return this.writeTx(async (tx) => (await tx.run<R>(statement, params)).records.map((r) => r.toObject()));
  }

  /** Runs `work` in one read transaction. */
  readTx<T>(work: TxWork<T>): Promise<T> {
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
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  private async inSession<T>(mode: 'READ' | 'WRITE', work: TxWork<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const fn = (tx: ManagedTransaction) => work(this.runner(tx, mode));
      return await (mode === 'READ' ? session.executeRead(fn) : session.executeWrite(fn));
    } catch (error) {
      throw translate(error);
    } finally {
      await session.close();
    }
  }

  private runner(tx: ManagedTransaction, mode: 'READ' | 'WRITE'): TxRunner {
    return {
      run: <R extends RecordShape>(statement: string, params: Params = {}) => {
        for (const listener of this.listeners) listener({ statement, mode });
        return tx.run<R>(cypher(statement), { ...this.defaultParams, ...params });
      },
    };
  }
}

function translate(error: unknown): unknown {
  if (error instanceof Neo4jError) {
    if (error.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new BadUserInputError('The change conflicts with an existing entity (an id is already taken).');
    }
    // No connection free within the acquisition timeout is the same answer as no database: try later.
    const poolTimedOut = error.message.startsWith('Connection acquisition timed out');
    if (error.code === 'ServiceUnavailable' || error.code === 'SessionExpired' || error.code === 'Neo.TransientError.General.DatabaseUnavailable' || poolTimedOut) {
      return new ServiceUnavailableError();
    }
  }
  return error;
}
