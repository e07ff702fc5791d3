// Partners with these ids that the caller's $scope may see: itself, the partners it buys
// through or that buy through it, and for a publisher the partners that sell its offers.
UNWIND $ids AS id
MATCH (p:Partner {id: id})
WHERE $scope.all
   OR p.id = $scope.partnerId
   OR EXISTS { (p)-[:BUYS_THROUGH]-(:Partner {id: $scope.partnerId}) }
   OR EXISTS { (p)<-[:SOLD_BY|SUPPLIED_BY]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) }
RETURN p { .id, .name, .kind } AS partner
