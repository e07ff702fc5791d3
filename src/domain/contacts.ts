import type { SupportContactRecord } from '../graph/records';

/**
 * The contacts that stand for an offer (its details page, and the party of a path's PUBLISHER
 * step): the offer's own, and for each kind it has none of, its publisher's of that kind. Ordered
 * by kind then id. Pure: both lists as their owners hold them, in any order.
 */
export function offerContacts(own: readonly SupportContactRecord[], publisher: readonly SupportContactRecord[]): SupportContactRecord[] {
  const ownKinds = new Set(own.map((c) => c.kind));
  return [...own, ...publisher.filter((c) => !ownKinds.has(c.kind))].sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id));
}
