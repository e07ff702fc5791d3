// Tenant scoping for a subscription no longer held at $at: visible to the platform, to the
// partners whose relationships with it ended when it did (@ended-with `held`, its HAS_SUBSCRIPTION),
// and to the publisher of its offer.
// @fragment visible-subscription-as-ended(sub, held)
($scope.all
 OR EXISTS { ({sub})-[{sub}_last:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE @ended-with({sub}_last, {held})]->(:Partner {id: $scope.partnerId}) }
 OR EXISTS { ({sub})-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
