import 'reflect-metadata';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'graphql';
import type { Driver, ManagedTransaction, Result, Session } from 'neo4j-driver';
import { createApolloServer } from '../app';
import { LOCAL_ANALYST } from '../auth/caller';
import { Role } from '../auth/roles';
import { loadConfig } from '../config';
import { createContext } from '../context';
import { connectGraph } from '../graph/connect';
import { buildGraphQLSchema } from '../schema/build-schema';
import { estimateCost } from '../schema/common/cost-model';

const USAGE = `Usage: npm run build && node dist/src/cli/profile-cost.js <queries.json> [--partner ID]
  Runs each GraphQL query of the file ({"name": "query", …}) against the configured Neo4j with every
  statement PROFILEd, and prints its total db hits beside its estimated cost: the figures the cost
  model's weights (src/schema/common/cost-model.ts) are calibrated on. As the local analyst, or as
  an ADMIN_AGENT of --partner. Limits are lifted (the point is to measure what would run).`;

interface ProfileNode {
  dbHits?: number;
  children?: ProfileNode[];
}
const hitsOf = (plan: ProfileNode | false | null | undefined): number =>
  plan ? (plan.dbHits ?? 0) + (plan.children ?? []).reduce((sum, c) => sum + hitsOf(c), 0) : 0;

/**
 * Makes every statement of every session of `driver` run with PROFILE, adding its db hits to
 * `counter`: managed transactions (writes, reads outside a request) and the explicit read
 * transaction a request's reads share (src/graph/executor.ts).
 */
function profileEverything(driver: Driver, counter: { hits: number; statements: number }): void {
  const profiled = <T extends { run: (text: string, params?: Record<string, unknown>) => Result }>(tx: T): T => {
    const run = tx.run.bind(tx);
    tx.run = ((text: string, params?: Record<string, unknown>) => {
      const result = run(`PROFILE ${text}`, params);
      counter.statements += 1;
      // A result is awaited by its caller too; both share its one promise.
      result.then((r) => (counter.hits += hitsOf(r.summary.profile as ProfileNode)), () => {});
      return result;
    }) as T['run'];
    return tx;
  };
  // The class's own method: the connection's driver may be a Proxy whose `session` calls back here.
  const open = (Object.getPrototypeOf(driver) as Driver).session;
  driver.session = ((...args: Parameters<Driver['session']>) => {
    const session: Session = open.apply(driver, args);
    const read = session.executeRead.bind(session);
    const write = session.executeWrite.bind(session);
    const begin = session.beginTransaction.bind(session);
    session.executeRead = ((work: (tx: ManagedTransaction) => unknown, config?: object) => read((tx) => work(profiled(tx)), config)) as Session['executeRead'];
    session.executeWrite = ((work: (tx: ManagedTransaction) => unknown, config?: object) => write((tx) => work(profiled(tx)), config)) as Session['executeWrite'];
    session.beginTransaction = ((config?: Parameters<Session['beginTransaction']>[0]) => profiled(begin(config))) as Session['beginTransaction'];
    return session;
  }) as Driver['session'];
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { partner: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return 1;
  }
  const queries = JSON.parse(fs.readFileSync(positionals[0], 'utf8')) as Record<string, string>;
  const config = loadConfig({ ...process.env, GRAPHQL_MAX_COST: String(Number.MAX_SAFE_INTEGER), QUERY_TIMEOUT_MS: '0' });
  const graph = await connectGraph(config.neo4j, { seedWhenEmpty: false, log: () => {} });
  const counter = { hits: 0, statements: 0 };
  profileEverything(graph.driver, counter);
  const apollo = createApolloServer({ info: () => {}, error: (m, d) => console.error(m, d) }, config);
  await apollo.start();
  const caller = values.partner
    ? { subject: 'profile', roles: [Role.ADMIN_AGENT], partnerId: values.partner, publisherId: null, local: false }
    : LOCAL_ANALYST;
  try {
    for (const [name, query] of Object.entries(queries)) {
      counter.hits = 0;
      counter.statements = 0;
      const cost = estimateCost(buildGraphQLSchema(), parse(query), undefined, undefined, config.maxPageSize);
      const res = await apollo.executeOperation(
        { query },
        { contextValue: createContext(graph.executor, { maxPageSize: config.maxPageSize }, caller) as never },
      );
      const errors = res.body.kind === 'single' ? res.body.singleResult.errors : undefined;
      console.log(`${name}\tdbHits ${counter.hits}\tstatements ${counter.statements}\tcost ${cost}${errors ? `\terrors ${JSON.stringify(errors.map((e) => e.message))}` : ''}`);
    }
  } finally {
    await apollo.stop();
    await graph.close();
  }
  return 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(error);
  process.exit(1);
});
