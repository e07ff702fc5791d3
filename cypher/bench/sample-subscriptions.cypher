// Bench fixture: up to $limit subscriptions held now, spread over the id range of the customers
// (those of every $step-th customer by id), with their customer and offer: what supportPath
// requests pick from. Customers, not subscriptions, are listed, read in the id index's order (no
// sort): at a million customers, sorting every subscription held ran past Neo4j's transaction
// memory limit.
MATCH (c:Customer)
WHERE c.id > ''
WITH c.id AS id ORDER BY id
WITH collect(id) AS ids
UNWIND range(0, size(ids) - 1, toInteger($step)) AS i
CALL (ids, i) {
  MATCH (c:Customer {id: ids[i]})-[h:HAS_SUBSCRIPTION]->(s:Subscription)-[:FOR_OFFER]->(o:Offer)
  WHERE h.validTo IS NULL
  RETURN c.id AS customerId, o.id AS offerId, s.id AS subscriptionId ORDER BY subscriptionId
}
RETURN customerId, offerId, subscriptionId
LIMIT toInteger($limit)
