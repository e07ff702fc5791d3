// Whether the customer and offer exist for the caller's $scope (at $at), and which of the
// customer's subscriptions to the offer (all, or the one named) it holds at $at and the caller
// may see then, ordered by id.
OPTIONAL MATCH (c:Customer {id: $customerId})
WHERE @visible-customer(c)
OPTIONAL MATCH (o:Offer {id: $offerId})-[:PUBLISHED_BY]->(pub:Publisher)
WHERE @visible-publisher(pub)
OPTIONAL MATCH (c)-[h:HAS_SUBSCRIPTION WHERE @in-force(h)]->(s:Subscription)-[:FOR_OFFER]->(o)
WHERE ($subscriptionId IS NULL OR s.id = $subscriptionId)
  AND @visible-subscription(s)
WITH c, o, s
ORDER BY s.id
RETURN c IS NOT NULL AS customerFound, o IS NOT NULL AS offerFound, collect(s.id) AS subscriptionIds
