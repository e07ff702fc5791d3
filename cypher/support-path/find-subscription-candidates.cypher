// Which of the customer's subscriptions to the offer were held at $at (all of them, or the one named).
WITH datetime($at) AS at
OPTIONAL MATCH (c:Customer {id: $customerId})
OPTIONAL MATCH (o:Offer {id: $offerId})
OPTIONAL MATCH (c)-[h:HAS_SUBSCRIPTION]->(s:Subscription)-[:FOR_OFFER]->(o)
WHERE ($subscriptionId IS NULL OR s.id = $subscriptionId) AND h.validFrom <= at AND (h.validTo IS NULL OR h.validTo > at)
WITH c, o, s
ORDER BY s.id
RETURN c IS NOT NULL AS customerFound, o IS NOT NULL AS offerFound, collect(s.id) AS subscriptionIds
