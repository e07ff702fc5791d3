import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ContactKind } from '../domain/enums';
import { supportRuleId } from '../domain/support-matrix';
import { defaultAudience } from '../domain/write-rules';
import { projectRoot } from '../project-root';
import { cypherStatements } from './cypher';
import type { Neo4jExecutor } from './executor';
import { readDefaultMatrix } from './seed-loader';

/** Creates every constraint and index in cypher/schema/create-constraints.cypher (idempotent) and waits for them to come online. */
export async function applyConstraints(db: Neo4jExecutor): Promise<void> {
  for (const statement of cypherStatements('schema/create-constraints')) {
    await db.runSchemaStatement(statement);
  }
}

const MIGRATIONS = () => path.join(projectRoot(), 'cypher', 'migrations');

/** The migrations (folders of cypher/migrations/), by name, in the order they apply (their names sort by version). */
export function migrationNames(): string[] {
  return fs
    .readdirSync(MIGRATIONS(), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** A migration's statements, by name as `cypher()` takes them, in the order they run (file names sort). */
function migrationStatements(name: string): string[] {
  return fs
    .readdirSync(path.join(MIGRATIONS(), name))
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((f) => `migrations/${name}/${f.replace(/\.cypher$/, '')}`);
}

/**
 * Brings a store written by an earlier version up to date: each migration of cypher/migrations/
 * not yet recorded in the graph runs once, all its statements in one write transaction with the
 * (:Migration) record that says it ran. Concurrent starts are safe: the record's uniqueness
 * constraint lets one transaction claim a migration; the others find it claimed and skip it.
 * Returns the names of the migrations this call applied. Call after applyConstraints.
 */
export async function applyMigrations(db: Neo4jExecutor, log: (line: string) => void = () => {}): Promise<string[]> {
  const params = {
    defaultRules: readDefaultMatrix().rules.map((rule) => ({ ...rule, id: supportRuleId(rule) })),
    defaultAudience: Object.fromEntries(Object.values(ContactKind).map((kind) => [kind, defaultAudience(kind)])),
  };
  const applied: string[] = [];
  for (const name of migrationNames()) {
    const ran = await db.writeTx(async (tx) => {
      const claim = randomUUID();
      const result = await tx.run<{ claimed: boolean }>('schema/claim-migration', { id: name, claim, at: new Date() });
      if (!result.records[0].get('claimed')) return false;
      for (const statement of migrationStatements(name)) await tx.run(statement, params);
      return true;
    });
    if (ran) {
      applied.push(name);
      log(`Applied migration ${name}`);
    }
  }
  return applied;
}

/** True when the graph holds no support matrix yet (a new database). */
export async function isGraphEmpty(db: Neo4jExecutor): Promise<boolean> {
  const [row] = await db.read<{ count: number }>('schema/count-support-rules');
  return row.count === 0;
}
