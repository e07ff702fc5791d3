// Which of the customer's subscriptions are to the offer (all of them, or the one named).
OPTIONAL MATCH (c:Customer {id: $customerId})
OPTIONAL MATCH (o:Offer {id: $offerId})
OPTIONAL MATCH (c)-[:HAS_SUBSCRIPTION]->(s:Subscription)-[:FOR_OFFER]->(o)
WHERE $subscriptionId IS NULL OR s.id = $subscriptionId
WITH c, o, s
ORDER BY s.id
RETURN c IS NOT NULL AS customerFound, o IS NOT NULL AS offerFound, collect(s.id) AS subscriptionIds
