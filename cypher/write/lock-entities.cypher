// Takes the write lock of each stored entity named by $batch.ids (sorted, so that two writes lock
// the ids they share in the same order), before the write reads anything it depends on. A concurrent
// write of the same entity waits here, then reads what this one committed. Returns the ids found;
// the write creates the others, under write/lock-creations. Each kind is one pass over the ids (an
// index seek per id), not one subquery per id trying every kind. A caller that knows the kind (an
// import's own rows) runs write/locks/<kind> instead, one small query to plan, not nine: there is
// one for each kind an import writes.
// One plan for every store and every number of ids (docs/writes.md, "Bulk import"): replan=skip,
// as it starts from unique-index seeks whatever the statistics say, and the ids as a list inside a
// map, $batch.ids (Neo4j plans a list parameter again for each order of magnitude of its size).
CYPHER replan=skip
CALL () {
  @lock-ids(Customer)
  UNION ALL
  @lock-ids(Partner)
  UNION ALL
  @lock-ids(Publisher)
  UNION ALL
  @lock-ids(Offer)
  UNION ALL
  @lock-ids(Subscription)
  UNION ALL
  @lock-ids(SupportContact)
  UNION ALL
  @lock-ids(Resource)
  UNION ALL
  @lock-ids(SupportRule)
  UNION ALL
  @lock-ids(RelationshipRequest)
}
UNWIND found AS id
RETURN collect(id) AS found
