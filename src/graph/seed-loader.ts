import fs from 'node:fs';
import path from 'node:path';
import { Dataset, ENTITY_SETS, SupportDesignationRow } from '../domain/dataset';
import { ArticleClause } from '../domain/enums';
import { SupportRuleInput, supportRuleId, supportRuleProblems } from '../domain/support-matrix';
import { projectRoot } from '../project-root';
import type { Neo4jExecutor, TxRunner } from './executor';
import type { SourceClauseRecord } from './records';
import { GraphWriter, WriteMeta } from './writes/graph-writer';

/**
 * The sample graph's file format (seeds/sample-graph.json): the import's JSON document, plus the
 * Partner Center designated support contacts, written after the subscriptions they name.
 */
export type SampleGraph = Dataset & { supportDesignations?: SupportDesignationRow[] };

export interface SupportMatrixFile {
  rules: SupportRuleInput[];
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.resolve(projectRoot(), file), 'utf8')) as T;
}

export const readDefaultMatrix = (): SupportMatrixFile => readJson('seeds/support-matrix.json');

let clauses: ReadonlyMap<ArticleClause, SourceClauseRecord> | undefined;

/**
 * The project's copy of the source article's clause table (seeds/article-clauses.json): for each
 * ArticleClause, the French original and its translation. Read once. Throws at first use if the
 * file lacks a clause of the enum, so a clause can never be cited without its text.
 */
export function articleClauses(): ReadonlyMap<ArticleClause, SourceClauseRecord> {
  if (!clauses) {
    const file = readJson<{ clauses: SourceClauseRecord[] }>('seeds/article-clauses.json');
    const table = new Map(file.clauses.map((c) => [c.clause, c]));
    const missing = Object.values(ArticleClause).filter((id) => !table.has(id));
    if (missing.length) throw new Error(`seeds/article-clauses.json lacks ${missing.join(', ')}`);
    clauses = table;
  }
  return clauses;
}
export const readSampleGraph = (): SampleGraph => readJson('seeds/sample-graph.json');

/** Throws, naming each broken rule, unless every rule of the matrix is sound. */
export function assertMatrixSound(matrix: SupportMatrixFile): void {
  const problems = matrix.rules.flatMap((rule) => supportRuleProblems(rule).map((p) => `${supportRuleId(rule)}: ${p}`));
  if (problems.length) throw new Error(`The support matrix is not sound:\n  ${problems.join('\n  ')}`);
}

const SEED: WriteMeta = { operation: 'seed', callerId: 'seed' };

/**
 * Writes the support matrix and a graph in one write transaction (saying how many rows of each
 * set it wrote as it goes, through `log`), through the same validation and
 * write path as mutations and imports: any invalid row throws WriteRejectedError and nothing is
 * kept. Loading the same files again changes nothing (and records no change).
 */
export async function loadSeeds(db: Neo4jExecutor, matrix: SupportMatrixFile, graph: SampleGraph, log?: (line: string) => void): Promise<void> {
  assertMatrixSound(matrix);
  const writer = new GraphWriter(db);
  await db.writeTx(async (tx) => {
    const rules = await writer.writeInTx(tx, 'supportRules', matrix.rules, SEED, { strict: true });
    log?.(`Seeding supportRules: ${matrix.rules.length} rows, ${rules.changed} changed`);
    await writeGraphInTx(writer, tx, graph, SEED, log);
  });
}

/**
 * Writes the given parts of a graph (a missing part is empty) in dependency order inside the
 * caller's write transaction, through the shared validation and write path; strict: any invalid
 * row throws WriteRejectedError.
 */
export async function writeGraphInTx(
  writer: GraphWriter,
  tx: TxRunner,
  graph: Partial<SampleGraph>,
  meta: WriteMeta,
  log?: (line: string) => void,
): Promise<void> {
  for (const set of ENTITY_SETS) {
    const rows = graph[set] ?? [];
    const { changed } = await writer.writeInTx(tx, set, rows, meta, { strict: true });
    log?.(`Seeding ${set}: ${rows.length} rows, ${changed} changed`);
  }
  const designations = graph.supportDesignations ?? [];
  const { changed } = await writer.writeInTx(tx, 'supportDesignations', designations, meta, { strict: true });
  log?.(`Seeding supportDesignations: ${designations.length} rows, ${changed} changed`);
}

/** Loads the default matrix alone when the graph has none (an import into an empty database). */
export async function loadMatrix(db: Neo4jExecutor, matrix: SupportMatrixFile): Promise<void> {
  assertMatrixSound(matrix);
  await new GraphWriter(db).write('supportRules', matrix.rules, SEED, { strict: true });
}
