// The stored state of a pending relationship request, named by `id`: rows of id, type and state, as
// unscoped/write/find-entity-snapshots returns them (instants in epoch milliseconds).
// @fragment relationship-request-snapshot(id)
MATCH (n:RelationshipRequest {id: {id}})
RETURN n.id AS id, 'RelationshipRequest' AS type, n { .kind, .fromId, .toId, .requestingPartnerId, .requestedBy, requestedAt: n.requestedAt.epochMillis } AS state
