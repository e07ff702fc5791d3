// Partners with these ids that the caller's $scope may see: itself, the partners it buys
// through or that buy through it, and for a publisher the partners that sell its offers.
// Time-bound relationships count only while in force now (validFrom <= now < validTo).
UNWIND $ids AS id
MATCH (p:Partner {id: id})
WHERE $scope.all
   OR p.id = $scope.partnerId
   OR EXISTS { (p)-[now1:BUYS_THROUGH WHERE now1.validFrom <= datetime() AND (now1.validTo IS NULL OR now1.validTo > datetime())]-(:Partner {id: $scope.partnerId}) }
   OR EXISTS { (p)<-[now2:SOLD_BY|SUPPLIED_BY WHERE now2.validFrom <= datetime() AND (now2.validTo IS NULL OR now2.validTo > datetime())]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) }
RETURN p { .id, .name, .kind } AS partner
