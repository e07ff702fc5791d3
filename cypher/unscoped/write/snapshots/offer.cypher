// The stored state of each Offer named by $ids (other ids are absent): unscoped/write/find-entity-snapshots
// for one kind, when the caller knows it (an import reading its rows back). One index seek per
// id instead of nine, and a small query to plan.
// replan=skip: its plan starts from unique-index seeks on $ids whatever the statistics say, so
// Neo4j need not plan it again as the store grows during an import (docs/writes.md, "Bulk import").
CYPHER replan=skip
UNWIND $ids AS id
@offer-snapshot(id)
