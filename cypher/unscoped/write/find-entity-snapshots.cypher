// The stored state of each entity named, whatever its kind (ids are unique across kinds): one row
// per id found. Instants are epoch milliseconds. A customer's open relationships are part of its
// state; a pending relationship request is an entity of its own. A subscription's parties are its
// current ones or, once it has ended, those it ended with. Each kind is one pass over the ids (an index
// seek per id) rather than one subquery per id trying every kind: the same rows, 1.2-3x faster for
// 5,000 ids (the statement alone, 10k graph). A caller that knows the kind (an import reading its
// rows back) runs unscoped/write/snapshots/<kind> instead: there is one for each kind an import
// writes.
// One plan for every store and every number of ids (docs/writes.md, "Bulk import"): replan=skip,
// as it starts from unique-index seeks whatever the statistics say, and the ids as a list inside a
// map, $batch.ids (Neo4j plans a list parameter again for each order of magnitude of its size).
CYPHER replan=skip
CALL () {
  UNWIND $batch.ids AS id
  @customer-snapshot(id)
  UNION ALL
  UNWIND $batch.ids AS id
  @partner-snapshot(id)
  UNION ALL
  UNWIND $batch.ids AS id
  @publisher-snapshot(id)
  UNION ALL
  UNWIND $batch.ids AS id
  @offer-snapshot(id)
  UNION ALL
  UNWIND $batch.ids AS id
  @subscription-snapshot(id)
  UNION ALL
  UNWIND $batch.ids AS id
  @support-contact-snapshot(id)
  UNION ALL
  UNWIND $batch.ids AS id
  @resource-snapshot(id)
  UNION ALL
  UNWIND $batch.ids AS id
  @relationship-request-snapshot(id)
  UNION ALL
  UNWIND $batch.ids AS id
  @support-rule-snapshot(id)
}
RETURN id, type, state
