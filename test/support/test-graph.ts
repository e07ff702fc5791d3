import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import { createApolloServer } from '../../src/app';
import { Caller, LOCAL_ANALYST, Scope } from '../../src/auth/caller';
import type { Role } from '../../src/auth/roles';
import { loadConfig } from '../../src/config';
import { Context, createContext } from '../../src/context';
import { Neo4jExecutor } from '../../src/graph/executor';
import { readSampleGraph, SampleGraph, writeGraphInTx } from '../../src/graph/seed-loader';
import { GraphWriter } from '../../src/graph/writes/graph-writer';
import type { Logger } from '../../src/logger';
import { openTestDriver } from './test-neo4j';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, any> }>;
}

/** A connection to the test run's Neo4j and a way to run GraphQL operations against it. */
export interface TestGraph {
  driver: Driver;
  db: Neo4jExecutor;
  /**
   * Runs an operation through Apollo (limits, schema, resolvers, error masking) with a fresh
   * context, as the local analyst unless another caller is given.
   */
  execute<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, caller?: Caller): Promise<GraphQLResponse<T>>;
  /** What the masked-error logger received. */
  loggedErrors: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

/**
 * Opens the test run's Neo4j and an Apollo server configured like the service with `env` (the
 * defaults when empty: the same limits a deployment gets).
 */
export async function openTestGraph(env: Record<string, string> = {}): Promise<TestGraph> {
  const driver = await openTestDriver();
  const db = new Neo4jExecutor(driver);
  const loggedErrors: Array<Record<string, unknown>> = [];
  const logger: Logger = { info: () => {}, error: (message, details) => loggedErrors.push({ message, ...details }) };
  const apollo: ApolloServer<Context> = createApolloServer(logger, loadConfig(env));
  await apollo.start();
  return {
    driver,
    db,
    loggedErrors,
    async execute(query, variables, caller = LOCAL_ANALYST) {
      const response = await apollo.executeOperation(
        { query, variables },
        { contextValue: createContext(db, { maxPageSize: 100 }, caller) },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      // What a client receives is JSON: scalars such as DateTime arrive as their serialized text.
      return JSON.parse(JSON.stringify(response.body.singleResult)) as GraphQLResponse<any>;
    },
    async close() {
      await apollo.stop();
      await driver.close();
    },
  };
}

/** A prefix unique to one test file; every id the file creates starts with it. */
export const testIdPrefix = (): string => `t-${randomUUID().slice(0, 8)}-`;

/** Removes every node whose id starts with the prefix. */
export async function deleteTestData(db: Neo4jExecutor, prefix: string): Promise<void> {
  await db.write('unscoped/test-support/delete-by-id-prefix', { prefix });
}

/** Node and relationship counts of the whole graph. */
export async function countGraph(db: Neo4jExecutor): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read<{ nodes: number; relationships: number }>('unscoped/test-support/count-graph');
  return row;
}

/** Writes the given parts of a graph in one transaction, through the same path as the seeds. */
export async function plantGraph(db: Neo4jExecutor, graph: Partial<SampleGraph>): Promise<void> {
  const writer = new GraphWriter(db);
  await db.writeTx((tx) => writeGraphInTx(writer, tx, graph, { operation: 'test', callerId: 'test' }));
}

/** A caller as a verified token would give it: these roles, in this organisation (none: internal). */
export function testCaller(roles: Role[], org: { partnerId?: string; publisherId?: string } = {}): Caller {
  return {
    subject: `test-${roles.join('-')}-${org.partnerId ?? org.publisherId ?? 'none'}`,
    roles,
    partnerId: org.partnerId ?? null,
    publisherId: org.publisherId ?? null,
    local: false,
  };
}

/**
 * Every scope of the sample graph, each with a name for a test's title: an analyst's, a caller's
 * of no organisation, each partner's (and of `morePartnerIds`, planted by the test), each
 * publisher's. For tests that hold a shortcut of the scoping rule to the rule itself.
 */
export function everySampleScope(morePartnerIds: readonly string[] = []): Array<readonly [string, Scope]> {
  const sample = readSampleGraph();
  return [
    ['an analyst', { all: true, partnerId: null, publisherId: null }],
    ['no organisation', { all: false, partnerId: null, publisherId: null }],
    ...[...sample.partners.map((x) => x.id), ...morePartnerIds].map((partnerId) => [partnerId, { all: false, partnerId, publisherId: null }] as const),
    ...sample.publishers.map((x) => [x.id, { all: false, partnerId: null, publisherId: x.id }] as const),
  ];
}
