// Takes the write lock of each stored entity named by $ids (sorted, so that two writes lock the
// ids they share in the same order), before the write reads anything it depends on: writing to a
// node locks it until the transaction ends, and `SET n.id = n.id` changes nothing else. A
// concurrent write of the same entity waits here, then reads what this one committed. Returns the
// ids found; the write creates the others, under @lock-creations. $label (null: any kind) names
// the only kind to look in, when the caller knows it (an import's own rows): the other kinds then
// do no work. Each kind is one pass over $ids (an index seek per id), not one subquery per id
// trying every kind.
CALL () {
  UNWIND CASE WHEN coalesce($label, 'Customer') = 'Customer' THEN $ids ELSE [] END AS id
  MATCH (n:Customer {id: id}) RETURN n
  UNION ALL
  UNWIND CASE WHEN coalesce($label, 'Partner') = 'Partner' THEN $ids ELSE [] END AS id
  MATCH (n:Partner {id: id}) RETURN n
  UNION ALL
  UNWIND CASE WHEN coalesce($label, 'Publisher') = 'Publisher' THEN $ids ELSE [] END AS id
  MATCH (n:Publisher {id: id}) RETURN n
  UNION ALL
  UNWIND CASE WHEN coalesce($label, 'Offer') = 'Offer' THEN $ids ELSE [] END AS id
  MATCH (n:Offer {id: id}) RETURN n
  UNION ALL
  UNWIND CASE WHEN coalesce($label, 'Subscription') = 'Subscription' THEN $ids ELSE [] END AS id
  MATCH (n:Subscription {id: id}) RETURN n
  UNION ALL
  UNWIND CASE WHEN coalesce($label, 'SupportContact') = 'SupportContact' THEN $ids ELSE [] END AS id
  MATCH (n:SupportContact {id: id}) RETURN n
  UNION ALL
  UNWIND CASE WHEN coalesce($label, 'Resource') = 'Resource' THEN $ids ELSE [] END AS id
  MATCH (n:Resource {id: id}) RETURN n
  UNION ALL
  UNWIND CASE WHEN coalesce($label, 'SupportRule') = 'SupportRule' THEN $ids ELSE [] END AS id
  MATCH (n:SupportRule {id: id}) RETURN n
  UNION ALL
  UNWIND CASE WHEN coalesce($label, 'RelationshipRequest') = 'RelationshipRequest' THEN $ids ELSE [] END AS id
  MATCH (n:RelationshipRequest {id: id}) RETURN n
}
SET n.id = n.id
RETURN collect(n.id) AS found
