// Takes the write lock of each stored entity named by $ids (sorted, so that two writes lock the
// ids they share in the same order), before the write reads anything it depends on: writing to a
// node locks it until the transaction ends, and `SET n.id = n.id` changes nothing else. A
// concurrent write of the same entity waits here, then reads what this one committed. Returns the
// ids found; the write creates the others, under @lock-creations.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Customer {id: id}) RETURN n
  UNION MATCH (n:Partner {id: id}) RETURN n
  UNION MATCH (n:Publisher {id: id}) RETURN n
  UNION MATCH (n:Offer {id: id}) RETURN n
  UNION MATCH (n:Subscription {id: id}) RETURN n
  UNION MATCH (n:SupportContact {id: id}) RETURN n
  UNION MATCH (n:Resource {id: id}) RETURN n
  UNION MATCH (n:SupportRule {id: id}) RETURN n
  UNION MATCH (n:RelationshipRequest {id: id}) RETURN n
}
SET n.id = n.id
RETURN collect(n.id) AS found
