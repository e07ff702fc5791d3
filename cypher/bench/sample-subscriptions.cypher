// Bench fixture: up to $limit subscriptions held now, spread over the id range (every $step-th by
// id), with their customer and offer: what supportPath requests pick from.
MATCH (c:Customer)-[h:HAS_SUBSCRIPTION]->(s:Subscription)-[:FOR_OFFER]->(o:Offer)
WHERE h.validTo IS NULL
WITH c, s, o ORDER BY s.id
WITH collect({customerId: c.id, offerId: o.id, subscriptionId: s.id}) AS held
UNWIND range(0, size(held) - 1, toInteger($step)) AS i
RETURN held[i].customerId AS customerId, held[i].offerId AS offerId, held[i].subscriptionId AS subscriptionId
LIMIT toInteger($limit)
