// The stored state of a support contact and its owner, named by `id`: rows of id, type and state,
// as unscoped/write/find-entity-snapshots returns them (instants in epoch milliseconds).
// @fragment support-contact-snapshot(id)
MATCH (n:SupportContact {id: {id}})
OPTIONAL MATCH (owner)-[:HAS_CONTACT]->(n)
RETURN n.id AS id, 'SupportContact' AS type, n { ownerId: owner.id, @contact-properties() } AS state
