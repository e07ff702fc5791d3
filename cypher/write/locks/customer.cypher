// The creation gate of the import's write operation $gate (write/lock-creations), then
// write/lock-entities for Customer alone, when the caller knows the kind (an import's own rows),
// with the state of each Customer found, read under its lock, as unscoped/write/snapshots/customer
// returns it: an import batch's locks and its own snapshot read in one statement, one index seek
// per id to lock (not nine). Every lock is taken (the subquery collects) before anything is read.
// replan=skip: its plan starts from unique-index seeks on $ids whatever the statistics say, so
// Neo4j need not plan it again as the store grows during an import (docs/writes.md, "Bulk import").
CYPHER replan=skip
@creation-gate()
WITH *
CALL () {
  @lock-ids(Customer)
}
UNWIND found AS id
@customer-snapshot(id)
