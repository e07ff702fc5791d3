import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { QueryEvent } from '../graph/executor';

/** Names Prometheus sees for operations: GraphQL names only, and at most this many distinct ones. */
const MAX_OPERATION_NAMES = 200;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * The service's Prometheus metrics, in a registry of their own (so two apps in one process, as in
 * tests, never clash): requests by operation and outcome, request durations, Neo4j statement
 * durations and Node's process metrics.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operations = new Set<string>();

  private readonly graphqlRequests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL requests over HTTP, by operation name and outcome (ok, or the first error code).',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly graphqlDuration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL request to the end of its response, by operation name.',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration, by method, route and status code.',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly statementDuration = new Histogram({
    name: 'neo4j_statement_duration_seconds',
    help: 'Time Neo4j took to run one statement and stream its result, by cypher/ file, access mode and outcome.',
    labelNames: ['statement', 'mode', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  /**
   * The label for an operation name: `anonymous` when there is none, `invalid` for text that is
   * no GraphQL name, `other` once MAX_OPERATION_NAMES distinct names are known (callers choose
   * names: this bounds the series they can create).
   */
  operationLabel(name: string | undefined | null): string {
    if (!name) return 'anonymous';
    if (!GRAPHQL_NAME.test(name)) return 'invalid';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATION_NAMES) return 'other';
    this.operations.add(name);
    return name;
  }

  /** Records one finished GraphQL request. */
  graphqlRequest(operation: string | undefined, outcome: string, seconds: number): void {
    const label = this.operationLabel(operation);
    this.graphqlRequests.inc({ operation: label, outcome });
    this.graphqlDuration.observe({ operation: label }, seconds);
  }

  /** Records one finished HTTP request; `route` is one of the service's own routes, never the raw path. */
  httpRequest(method: string, route: string, statusCode: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status_code: String(statusCode) }, seconds);
  }

  /** Records one statement the executor ran (its listener event). */
  statement(event: QueryEvent): void {
    this.statementDuration.observe({ statement: event.statement, mode: event.mode, outcome: event.ok ? 'ok' : 'error' }, event.durationMs / 1000);
  }

  /**
   * Reports the driver's connection pool at each scrape: `inUse()` connections in use (the open
   * sessions, see countSessions) out of `max` (NEO4J_MAX_POOL_SIZE). Call once.
   */
  pool(inUse: () => number, max: number): void {
    new Gauge({
      name: 'neo4j_pool_connections_in_use',
      help: "Connections of the Neo4j driver's pool in use: the sessions the service holds open, each running one transaction.",
      registers: [this.registry],
      collect() {
        this.set(inUse());
      },
    });
    new Gauge({
      name: 'neo4j_pool_connections_max',
      help: "Most connections the Neo4j driver's pool opens (NEO4J_MAX_POOL_SIZE); a request waits for one beyond that.",
      registers: [this.registry],
    }).set(max);
  }

  /** The text Prometheus scrapes, and its content type. */
  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
