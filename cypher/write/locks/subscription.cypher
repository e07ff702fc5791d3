// The creation gate of the import's write operation $gate (write/lock-creations), then
// write/lock-entities for Subscription alone, when the caller knows the kind (an import's own rows),
// with the state of each Subscription found, read under its lock, as unscoped/write/snapshots/subscription
// returns it: an import batch's locks and its own snapshot read in one statement, one index seek
// per id to lock (not nine). Every lock is taken (the subquery collects) before anything is read.
// One plan for every store and every number of ids (docs/writes.md, "Bulk import"): replan=skip,
// as it starts from unique-index seeks whatever the statistics say, and the ids as a list inside a
// map, $batch.ids (Neo4j plans a list parameter again for each order of magnitude of its size).
CYPHER replan=skip
@creation-gate()
WITH *
CALL () {
  @lock-ids(Subscription)
}
UNWIND found AS id
@subscription-snapshot(id)
