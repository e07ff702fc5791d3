// Every branch of @visible-partner but the co-party one: the scope sees everything, or the partner
// is the scope's, or linked to it by BUYS_THROUGH at $at (either way), or sells, supplies or
// supports at $at a subscription to an offer of the scope's publisher. @visible-partner adds the
// co-party branch as a subquery, @visible-partner-among as a list read once.
// @fragment visible-partner-unless-co-party(partner)
($scope.all
 OR {partner}.id = $scope.partnerId
 OR EXISTS { ({partner})-[{partner}_link:BUYS_THROUGH WHERE @in-force({partner}_link)]-(:Partner {id: $scope.partnerId}) }
 OR EXISTS { ({partner})<-[{partner}_sold:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE @in-force({partner}_sold)]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
