// Customers with these ids that the caller's $scope may see (see README, "Tenant scoping").
UNWIND $ids AS id
MATCH (c:Customer {id: id})
WHERE $scope.all
   OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId}) }
   OR EXISTS { (c)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) }
RETURN c { .id, .name } AS customer
