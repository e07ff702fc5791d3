// The stored state of a partner and its open BUYS_THROUGH links (by provider id), named by `id`:
// rows of id, type and state, as unscoped/write/find-entity-snapshots returns them (instants in
// epoch milliseconds).
// @fragment partner-snapshot(id)
MATCH (n:Partner {id: {id}})
OPTIONAL MATCH (n)-[l:BUYS_THROUGH]->(p:Partner)
WHERE l.validTo IS NULL
WITH n, l, p ORDER BY p.id
WITH n, collect(CASE WHEN p IS NULL THEN null ELSE {providerId: p.id, since: l.validFrom.epochMillis} END) AS links
RETURN n.id AS id, 'Partner' AS type, n { .name, .kind, links: links } AS state
