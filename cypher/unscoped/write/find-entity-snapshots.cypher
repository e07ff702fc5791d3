// The stored state of each entity named, whatever its kind (ids are unique across kinds): one row
// per id found. Instants are epoch milliseconds. A customer's open relationships are part of its
// state; a pending relationship request is an entity of its own. A subscription's parties are its
// current ones or, once it has ended, those it ended with. Each kind is one pass over $ids (an index
// seek per id) rather than one subquery per id trying every kind: the same rows, 1.2-3x faster for
// 5,000 ids (the statement alone, 10k graph). A caller that knows the kind (an import reading its
// rows back) runs unscoped/write/snapshots/<kind> instead: there is one for each kind an import
// writes.
// replan=skip: its plan starts from unique-index seeks on $ids whatever the statistics say, so
// Neo4j need not plan it again as the store grows during an import (docs/writes.md, "Bulk import").
CYPHER replan=skip
CALL () {
  UNWIND $ids AS id
  @customer-snapshot(id)
  UNION ALL
  UNWIND $ids AS id
  @partner-snapshot(id)
  UNION ALL
  UNWIND $ids AS id
  @publisher-snapshot(id)
  UNION ALL
  UNWIND $ids AS id
  @offer-snapshot(id)
  UNION ALL
  UNWIND $ids AS id
  @subscription-snapshot(id)
  UNION ALL
  UNWIND $ids AS id
  @support-contact-snapshot(id)
  UNION ALL
  UNWIND $ids AS id
  @resource-snapshot(id)
  UNION ALL
  UNWIND $ids AS id
  @relationship-request-snapshot(id)
  UNION ALL
  UNWIND $ids AS id
  @support-rule-snapshot(id)
}
RETURN id, type, state
