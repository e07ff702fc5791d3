// Whether the customer and offer exist for the caller's $scope, and which of the customer's
// subscriptions to the offer (all, or the one named) were held at $at and are the caller's then.
WITH datetime($at) AS at
OPTIONAL MATCH (c:Customer {id: $customerId})
WHERE $scope.all
   OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId}) }
   OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) }
OPTIONAL MATCH (o:Offer {id: $offerId})-[:PUBLISHED_BY]->(pub:Publisher)
WHERE $scope.all OR $scope.partnerId IS NOT NULL OR pub.id = $scope.publisherId
OPTIONAL MATCH (c)-[h:HAS_SUBSCRIPTION]->(s:Subscription)-[:FOR_OFFER]->(o)
WHERE ($subscriptionId IS NULL OR s.id = $subscriptionId)
  AND h.validFrom <= at AND (h.validTo IS NULL OR h.validTo > at)
  AND ($scope.all
    OR EXISTS {
      MATCH (s)-[r:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId})
      WHERE r.validFrom <= at AND (r.validTo IS NULL OR r.validTo > at)
    }
    OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
WITH c, o, s
ORDER BY s.id
RETURN c IS NOT NULL AS customerFound, o IS NOT NULL AS offerFound, collect(s.id) AS subscriptionIds
