// Tenant scoping: a partner is visible to $scope when the scope sees everything, when it is the
// scope's partner or linked to it by BUYS_THROUGH at $at (either way), or when it sells or
// supplies, at $at, a subscription to an offer of the scope's publisher.
// @fragment visible-partner(partner)
($scope.all
 OR {partner}.id = $scope.partnerId
 OR EXISTS { ({partner})-[{partner}_link:BUYS_THROUGH WHERE @in-force({partner}_link)]-(:Partner {id: $scope.partnerId}) }
 OR EXISTS { ({partner})<-[{partner}_sold:SOLD_BY|SUPPLIED_BY WHERE @in-force({partner}_sold)]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
