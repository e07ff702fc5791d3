// The stored state of each Resource named by $batch.ids (other ids are absent): unscoped/write/find-entity-snapshots
// for one kind, when the caller knows it (an import reading its rows back). One index seek per
// id instead of nine, and a small query to plan.
// One plan for every store and every number of ids (docs/writes.md, "Bulk import"): replan=skip,
// as it starts from unique-index seeks whatever the statistics say, and the ids as a list inside a
// map, $batch.ids (Neo4j plans a list parameter again for each order of magnitude of its size).
CYPHER replan=skip
UNWIND $batch.ids AS id
@resource-snapshot(id)
