// The stored state of a resource and the offer it belongs to, named by `id`: rows of id, type and
// state, as unscoped/write/find-entity-snapshots returns them (instants in epoch milliseconds).
// @fragment resource-snapshot(id)
MATCH (n:Resource {id: {id}})
OPTIONAL MATCH (o:Offer)-[:HAS_RESOURCE]->(n)
RETURN n.id AS id, 'Resource' AS type, n { offerId: o.id, .kind, .url } AS state
