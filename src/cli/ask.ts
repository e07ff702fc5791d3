import 'reflect-metadata';
import fs from 'node:fs';
import net from 'node:net';
import { parseArgs } from 'node:util';
import Table from 'cli-table3';
import { GraphQLError } from 'graphql';
import { LOCAL_ANALYST } from '../auth/caller';
import { Config, loadConfig } from '../config';
import { createContext } from '../context';
import { ContactAudience, IssueType } from '../domain/enums';
import { connectGraph, GraphConnection } from '../graph/connect';
import { passwordFile } from '../graph/embedded-neo4j';
import type { SupportContactRecord } from '../graph/records';
import type { SupportPathResult } from '../domain/support-path';

const USAGE = `Usage: npm run ask -- --customer ID --offer ID --issue TYPE [--subscription ID] [--at DATE] [--audience PARTNERS|CUSTOMERS] [--json]
  Who supports this customer, for this issue type, on this offer: the path as a table
  (rank, role, duty, party, contacts, reason), or as JSON with --json (for scripts, run
  \`npm run --silent ask -- … --json\` so npm prints nothing before it).
  --customer ID       the customer (e.g. cust-wideworld)
  --offer ID          the offer (e.g. off-litware-siem)
  --issue TYPE        ${Object.values(IssueType).join(', ')}
  --subscription ID   which subscription, when the customer has several to the offer
  --at DATE           the path as of that moment (ISO 8601, e.g. 2025-03-31 or 2025-03-31T12:00:00Z)
  --audience WHO      PARTNERS (default: every contact a partner agent may use) or CUSTOMERS
  --json              print the answer as JSON`;

export interface AskIo {
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** A contact as lines: its kind and name, then its email, phone, URL, hours and SLA where it has them. */
export function contactLines(contact: SupportContactRecord): string[] {
  return [[`${contact.kind}:`, contact.name].filter(Boolean).join(' '), contact.email, contact.phone, contact.url, contact.hours, contact.sla && `SLA ${contact.sla}`].filter(
    (line): line is string => Boolean(line),
  );
}

/**
 * Lines wrapped at spaces to at most `width` characters; a word longer than that (a URL, an email)
 * is cut into pieces rather than shortened, so nothing a reader needs is lost.
 */
export function wrapLines(lines: string[], width: number): string {
  const out: string[] = [];
  for (const line of lines) {
    let current = '';
    for (const word of line.split(' ')) {
      const pieces = word.match(new RegExp(`.{1,${width}}`, 'g')) ?? [''];
      for (const piece of pieces) {
        if (current && current.length + 1 + piece.length <= width) current += ` ${piece}`;
        else {
          if (current) out.push(current);
          current = piece;
        }
      }
    }
    out.push(current);
  }
  return out.join('\n');
}

/** The path as a table for a terminal `columns` wide, with a heading line and the gaps spelled out. */
export function formatPathTable(path: SupportPathResult, columns = 160): string {
  const width = Math.max(100, columns);
  // rank, role, duty, party take what they need; contacts and reason share the rest.
  const fixed = [6, 19, 15, 21];
  const rest = width - fixed.reduce((a, b) => a + b, 0) - 7;
  const table = new Table({
    head: ['rank', 'role', 'duty', 'party', 'contacts', 'reason'],
    colWidths: [...fixed, Math.floor(rest * 0.42), Math.ceil(rest * 0.58)],
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  const contactWidth = Math.floor(rest * 0.42) - 2;
  for (const step of path.steps) {
    const contacts = step.contacts.flatMap(contactLines);
    if (step.missingContactKinds.length) contacts.push(`GAP: no ${step.missingContactKinds.join(', ')}`);
    table.push([String(step.rank), step.role, step.duty, step.party.name, wrapLines(contacts, contactWidth) || '—', step.reason]);
  }
  const heading =
    `${path.customer.name} · ${path.offer.name} · ${path.issueType} · ${path.salesModel.toLowerCase()} sale (${path.offerCategory}) · ` +
    `subscription ${path.subscription.id}${path.hasGaps ? ' · HAS GAPS' : ''}`;
  return `${heading}\n${table.toString()}\n`;
}

/** True when something accepts TCP connections on 127.0.0.1:`port` (a refusal is immediate on loopback). */
function loopbackPortAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const done = (answers: boolean) => {
      socket.destroy();
      resolve(answers);
    };
    socket.setTimeout(2_000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/**
 * The database `ask` reads: the configured one — except that when it would start the embedded
 * Neo4j while that store is already served (the service is running, `npm start`), it reads the
 * running one over Bolt with the password kept in the store's folder: a second JVM could not open
 * the store, and the answer is the same. Throws when a Neo4j answers on that port that the
 * store's password does not open (another database holds the port).
 */
async function connectForAsk(config: Config, log: (line: string) => void): Promise<GraphConnection> {
  const target = config.neo4j;
  if (target.kind === 'embedded' && fs.existsSync(passwordFile(target.dataDir)) && (await loopbackPortAnswers(target.boltPort))) {
    const uri = `bolt://127.0.0.1:${target.boltPort}`;
    const password = fs.readFileSync(passwordFile(target.dataDir), 'utf8').trim();
    log(`Using the running embedded Neo4j at ${uri} (data in ${target.dataDir}).`);
    try {
      return await connectGraph({ kind: 'remote', uri, user: 'neo4j', password, driver: target.driver }, { seedWhenEmpty: false, log });
    } catch (error) {
      throw new Error(
        `A Neo4j answers on ${uri}, but not as the one whose data is in ${target.dataDir} (${(error as Error).message}). ` +
          'Set NEO4J_EMBEDDED_PORT to the port the service uses, or NEO4J_URI (with NEO4J_USER/NEO4J_PASSWORD) to the database to read.',
      );
    }
  }
  return connectGraph(target, { seedWhenEmpty: config.seedWhenEmpty, log });
}

/**
 * `npm run ask`: answers one support-path question through the same service layer as the GraphQL
 * API (as the local analyst, against the configured Neo4j, or the running service's embedded one)
 * and prints it. Resolves to the exit
 * status: 0 answered, 1 the service refused the question (NOT_FOUND, BAD_USER_INPUT…) or failed,
 * 2 bad usage.
 */
export async function ask(argv: string[], io: AskIo): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        customer: { type: 'string' },
        offer: { type: 'string' },
        issue: { type: 'string' },
        subscription: { type: 'string' },
        at: { type: 'string' },
        audience: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const issue = values.issue?.toUpperCase();
  if (!values.customer || !values.offer || !issue) {
    io.stderr.write(`--customer, --offer and --issue are required.\n${USAGE}\n`);
    return 2;
  }
  if (!(Object.values(IssueType) as string[]).includes(issue)) {
    io.stderr.write(`Unknown issue type "${values.issue}": one of ${Object.values(IssueType).join(', ')}.\n`);
    return 2;
  }
  const audience = (values.audience ?? ContactAudience.PARTNERS).toUpperCase();
  if (!(Object.values(ContactAudience) as string[]).includes(audience)) {
    io.stderr.write(`Unknown audience "${values.audience}": one of ${Object.values(ContactAudience).join(', ')}.\n`);
    return 2;
  }
  const at = values.at ? new Date(values.at) : null;
  if (at && Number.isNaN(at.getTime())) {
    io.stderr.write(`--at must be a date or date-time (ISO 8601), got "${values.at}".\n`);
    return 2;
  }

  const config = loadConfig(io.env);
  const graph = await connectForAsk(config, (line) => io.stderr.write(`${line}\n`));
  try {
    const { services } = createContext(graph.executor, { maxPageSize: config.maxPageSize }, LOCAL_ANALYST);
    const path = await services.supportPath.find({
      customerId: values.customer,
      offerId: values.offer,
      issueType: issue as IssueType,
      subscriptionId: values.subscription ?? null,
      at,
      audience: audience as ContactAudience,
    });
    const columns = (io.stdout as NodeJS.WriteStream).columns ?? (Number(io.env.COLUMNS) || undefined);
    io.stdout.write(values.json ? `${JSON.stringify(path, null, 2)}\n` : formatPathTable(path, columns));
    return 0;
  } catch (error) {
    if (error instanceof GraphQLError) {
      const { code, ...details } = error.extensions;
      const rest = Object.keys(details).length ? ` ${JSON.stringify(details)}` : '';
      io.stderr.write(values.json ? `${JSON.stringify({ error: { message: error.message, extensions: error.extensions } })}\n` : `${code}: ${error.message}${rest}\n`);
      return 1;
    }
    throw error;
  } finally {
    await graph.close();
  }
}

if (require.main === module) {
  ask(process.argv.slice(2), { env: process.env, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
