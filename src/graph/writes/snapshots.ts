import type { EntityType, Snapshot } from '../../domain/entity-state';
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
 * The stored state of each entity named (unknown ids are absent), read inside `tx`. With
 * `labels`, only entities of those kinds are looked for (the others are absent too): one index
 * seek per id instead of one per kind.
 */
export async function readSnapshots(tx: TxRunner, ids: Iterable<string>, labels: readonly EntityType[] | null = null): Promise<Map<string, Snapshot>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, Snapshot>();
  if (!unique.length) return found;
  const result = await tx.run<{ id: string; type: EntityType; state: Record<string, unknown> }>('unscoped/write/find-entity-snapshots', { ids: unique, labels });
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
