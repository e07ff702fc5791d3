// The stored state of a publisher (isMicrosoft false unless set), named by `id`: rows of id, type
// and state, as unscoped/write/find-entity-snapshots returns them (instants in epoch milliseconds).
// @fragment publisher-snapshot(id)
MATCH (n:Publisher {id: {id}})
RETURN n.id AS id, 'Publisher' AS type, n { .name, isMicrosoft: coalesce(n.isMicrosoft, false) } AS state
