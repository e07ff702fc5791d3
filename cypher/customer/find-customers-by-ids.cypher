// Customers with these ids that the caller's $scope may see (see docs/security.md, "Tenant scoping").
// Time-bound relationships count only while in force now (validFrom <= now < validTo).
UNWIND $ids AS id
MATCH (c:Customer {id: id})
WHERE $scope.all
   OR EXISTS { (c)-[now1:HAS_SUBSCRIPTION WHERE now1.validFrom <= datetime() AND (now1.validTo IS NULL OR now1.validTo > datetime())]->(:Subscription)-[now2:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now2.validFrom <= datetime() AND (now2.validTo IS NULL OR now2.validTo > datetime())]->(:Partner {id: $scope.partnerId}) }
   OR EXISTS { (c)-[now3:HAS_SUBSCRIPTION WHERE now3.validFrom <= datetime() AND (now3.validTo IS NULL OR now3.validTo > datetime())]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) }
RETURN c { .id, .name } AS customer
