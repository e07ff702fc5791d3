// Bench baseline, not used by the service: a page of customers after $afterId (ordered by id),
// each with its subscriptions held at $at → offer → publisher → the publisher's contacts. The page
// is a range seek on the id index in its order (`coalesce`: every id is a non-empty string).
WITH datetime($at) AS at
MATCH (c:Customer)
WHERE c.id > coalesce($afterId, '')
WITH c, at ORDER BY c.id LIMIT toInteger($limit)
CALL (c, at) {
  OPTIONAL MATCH (c)-[h:HAS_SUBSCRIPTION]->(s:Subscription)-[:FOR_OFFER]->(o:Offer)-[:PUBLISHED_BY]->(pub:Publisher)
  WHERE h.validFrom <= at AND (h.validTo IS NULL OR h.validTo > at)
  WITH s, o, pub ORDER BY s.id
  RETURN collect(s { .id, offer: o { .id, .name, publisher: pub { .id, .name,
    contacts: [(pub)-[:HAS_CONTACT]->(k:SupportContact) | k { .id, .kind, .email }] } } }) AS subscriptions
}
RETURN c { .id, .name, subscriptions: subscriptions } AS customer
