// The stored state of an offer and its publisher, named by `id`: rows of id, type and state, as
// unscoped/write/find-entity-snapshots returns them (instants in epoch milliseconds).
// @fragment offer-snapshot(id)
MATCH (n:Offer {id: {id}})-[:PUBLISHED_BY]->(p:Publisher)
RETURN n.id AS id, 'Offer' AS type, n { .name, .offerType, publisherId: p.id } AS state
