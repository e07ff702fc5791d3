// Partners with these ids that the caller's $scope may see: itself, the partners it buys
// through or that buy through it, the other parties (partner of record, provider, designated
// support contact) of a subscription it is a party of, and for a publisher the partners that
// sell, supply or support its offers: the partners any list may show it (one rule for a partner
// wherever it appears: subscriptions' parties, outage partner lists).
// Time-bound relationships count only while in force now (validFrom <= now < validTo).
UNWIND $ids AS id
MATCH (p:Partner {id: id})
WHERE $scope.all
   OR p.id = $scope.partnerId
   OR EXISTS { (p)-[now1:BUYS_THROUGH WHERE now1.validFrom <= datetime() AND (now1.validTo IS NULL OR now1.validTo > datetime())]-(:Partner {id: $scope.partnerId}) }
   OR EXISTS { (p)<-[now2:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now2.validFrom <= datetime() AND (now2.validTo IS NULL OR now2.validTo > datetime())]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) }
   OR EXISTS { (p)<-[now3:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now3.validFrom <= datetime() AND (now3.validTo IS NULL OR now3.validTo > datetime())]-(:Subscription)-[now4:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now4.validFrom <= datetime() AND (now4.validTo IS NULL OR now4.validTo > datetime())]->(:Partner {id: $scope.partnerId}) }
RETURN p { .id, .name, .kind } AS partner
