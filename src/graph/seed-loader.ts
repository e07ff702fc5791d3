import fs from 'node:fs';
import path from 'node:path';
import { SupportRuleInput, supportRuleId, supportRuleProblems } from '../domain/support-matrix';
import { projectRoot } from '../project-root';
import type { Neo4jExecutor, TxRunner } from './executor';

/** The sample graph's file format (seeds/sample-graph.json); every id is unique across kinds. */
export interface SampleGraph {
  publishers: Array<{ id: string; name: string; isMicrosoft?: boolean }>;
  partners: Array<{ id: string; name: string; kind: string }>;
  resellerLinks: Array<{ resellerId: string; providerId: string }>;
  offers: Array<{ id: string; name: string; publisherId: string }>;
  customers: Array<{ id: string; name: string }>;
  subscriptions: Array<{
    id: string;
    customerId: string;
    offerId: string;
    partnerId: string;
    providerId?: string;
    /** Partner Center's designated support contact: a reseller buying through `providerId`. */
    designatedSupportId?: string;
  }>;
  contacts: Array<{ id: string; ownerId: string; kind: string; name?: string; email?: string; phone?: string; url?: string; hours?: string; sla?: string }>;
  resources: Array<{ id: string; offerId: string; kind: string; url: string }>;
}

export interface SupportMatrixFile {
  rules: SupportRuleInput[];
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(path.resolve(projectRoot(), file), 'utf8')) as T;
}

export const readDefaultMatrix = (): SupportMatrixFile => readJson('seeds/support-matrix.json');
export const readSampleGraph = (): SampleGraph => readJson('seeds/sample-graph.json');

/** Throws, naming each broken rule, unless every rule of the matrix is sound. */
export function assertMatrixSound(matrix: SupportMatrixFile): void {
  const problems = matrix.rules.flatMap((rule) => supportRuleProblems(rule).map((p) => `${supportRuleId(rule)}: ${p}`));
  if (problems.length) throw new Error(`The support matrix is not sound:\n  ${problems.join('\n  ')}`);
}

/**
 * Writes the support matrix and a graph in one write transaction. Every statement MERGEs on
 * constrained ids, so loading the same files again changes nothing.
 */
export async function loadSeeds(db: Neo4jExecutor, matrix: SupportMatrixFile, graph: SampleGraph): Promise<void> {
  assertMatrixSound(matrix);
  const rules = matrix.rules.map((rule) => ({ ...rule, id: supportRuleId(rule) }));
  await db.writeTx(async (tx) => {
    await tx.run('upsert/upsert-support-rules', { rules });
    await upsertGraph(tx, graph);
  });
}

/**
 * Upserts the parts of a graph that are given (a missing part is empty) in dependency order,
 * inside the caller's write transaction. Every statement MERGEs on ids: running it again changes
 * nothing.
 */
export async function upsertGraph(tx: TxRunner, graph: Partial<SampleGraph>): Promise<void> {
  await tx.run('upsert/upsert-publishers', { rows: graph.publishers ?? [] });
  await tx.run('upsert/upsert-partners', { rows: graph.partners ?? [] });
  await tx.run('upsert/link-resellers', { rows: graph.resellerLinks ?? [] });
  await tx.run('upsert/upsert-offers', { rows: graph.offers ?? [] });
  await tx.run('upsert/upsert-customers', { rows: graph.customers ?? [] });
  await tx.run('upsert/upsert-subscriptions', {
    rows: (graph.subscriptions ?? []).map((s) => ({ providerId: null, designatedSupportId: null, ...s })),
  });
  await tx.run('upsert/upsert-contacts', {
    rows: (graph.contacts ?? []).map((c) => ({ name: null, email: null, phone: null, url: null, hours: null, sla: null, ...c })),
  });
  await tx.run('upsert/upsert-resources', { rows: graph.resources ?? [] });
}
