// Tenant scoping (docs/security.md, "Tenant scoping"): a subscription is visible to $scope when the
// scope sees everything, when the scope's partner sold, supplied or is the designated support of
// it at $at, or when the scope's publisher publishes its offer.
// @fragment visible-subscription(sub)
($scope.all
 OR EXISTS { ({sub})-[{sub}_link:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE @in-force({sub}_link)]->(:Partner {id: $scope.partnerId}) }
 OR EXISTS { ({sub})-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
