import type { QueryResult } from 'neo4j-driver';
import type { EntityType, Snapshot } from '../../domain/entity-state';
import { kindStatement } from '../cypher';
import type { TxRunner } from '../executor';

/** Fields of a stored state that hold instants (epoch milliseconds in Cypher, ISO strings here). */
const INSTANT_FIELDS = new Set(['validFrom', 'validTo', 'changedAt', 'since', 'requestedAt']);

function isoInstants(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(isoInstants);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, INSTANT_FIELDS.has(k) && typeof v === 'number' ? new Date(v).toISOString() : isoInstants(v)]),
    );
  }
  return value;
}

/**
 * The stored state of each entity named (unknown ids are absent), read inside `tx`. With `label`,
 * only entities of that kind are looked for (the others are absent too), by a statement of that
 * kind alone: one index seek per id instead of one per kind, and a small query to plan. Each kind
 * an import writes (a write operation's `label`) has one.
 */
export async function readSnapshots(tx: TxRunner, ids: Iterable<string>, label: EntityType | null = null): Promise<Map<string, Snapshot>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const statement = label ? kindStatement('unscoped/write/snapshots', label) : 'unscoped/write/find-entity-snapshots';
  return snapshotsOf(await tx.run<SnapshotRow>(statement, { batch: { ids: unique } }));
}

/**
 * Takes the creation gate of write operation `gate` (write/lock-creations), then the write lock of
 * each stored entity of kind `label` named by `ids` (sorted by the caller), as write/lock-entities
 * does, and returns the state of each, read under its lock, all in one statement
 * (write/locks/<kind>): an import batch's locks and its own snapshot read in one round trip.
 */
export async function lockSnapshots(tx: TxRunner, gate: string, ids: string[], label: EntityType): Promise<Map<string, Snapshot>> {
  return snapshotsOf(await tx.run<SnapshotRow>(kindStatement('write/locks', label), { gate, batch: { ids } }));
}

/** What the snapshot statements return: one row per entity found, its instants in epoch milliseconds. */
interface SnapshotRow {
  id: string;
  type: EntityType;
  state: Record<string, unknown>;
}

/** The rows of a snapshot statement as snapshots (instants as ISO strings). */
function snapshotsOf(result: QueryResult<SnapshotRow>): Map<string, Snapshot> {
  const found = new Map<string, Snapshot>();
  for (const record of result.records) {
    found.set(record.get('id'), { type: record.get('type'), state: isoInstants(record.get('state')) } as Snapshot);
  }
  return found;
}

/** JSON with keys sorted at every level, so equal states give equal text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}
