// The stored state of a customer and its open relationships (the partners it has one with, by
// partner id), named by `id`: rows of id, type and state, as unscoped/write/find-entity-snapshots
// returns them (instants in epoch milliseconds).
// @fragment customer-snapshot(id)
MATCH (n:Customer {id: {id}})
OPTIONAL MATCH (p:Partner)-[r:HAS_RELATIONSHIP_WITH]->(n)
WHERE r.validTo IS NULL
WITH n, p, r ORDER BY p.id
WITH n, collect(CASE WHEN p IS NULL THEN null ELSE {
  partnerId: p.id, since: r.validFrom.epochMillis, origin: r.origin,
  requestedBy: r.requestedBy, requestedAt: r.requestedAt.epochMillis, acceptedBy: r.acceptedBy
} END) AS relationships
RETURN n.id AS id, 'Customer' AS type, n { .name, relationships: relationships } AS state
