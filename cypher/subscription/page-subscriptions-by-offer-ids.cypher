// Only what the caller's $scope may see is listed or counted (docs/security.md, "Tenant scoping").
// For each offer, one keyset page of the subscriptions to it, ordered by id.
// Time-bound relationships count only while in force now (validFrom <= now < validTo).
UNWIND $offerIds AS parentId
CALL (parentId) {
  MATCH (c:Customer)-[now1:HAS_SUBSCRIPTION WHERE now1.validFrom <= datetime() AND (now1.validTo IS NULL OR now1.validTo > datetime())]->(s:Subscription)-[:FOR_OFFER]->(:Offer {id: parentId})
  MATCH (s)-[now2:SOLD_BY WHERE now2.validFrom <= datetime() AND (now2.validTo IS NULL OR now2.validTo > datetime())]->(p:Partner)
  WHERE ($afterId IS NULL OR s.id > $afterId)
    AND ($scope.all
      OR EXISTS { (s)-[now3:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now3.validFrom <= datetime() AND (now3.validTo IS NULL OR now3.validTo > datetime())]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  WITH c, s, p ORDER BY s.id LIMIT toInteger($limit)
  RETURN collect(s { .id, customerId: c.id, offerId: parentId, partnerOfRecordId: p.id, partnerKind: p.kind,
                     indirectProviderId: head([(s)-[now4:SUPPLIED_BY WHERE now4.validFrom <= datetime() AND (now4.validTo IS NULL OR now4.validTo > datetime())]->(x:Partner) | x.id]),
                     designatedSupportId: head([(s)-[now5:DESIGNATED_SUPPORT WHERE now5.validFrom <= datetime() AND (now5.validTo IS NULL OR now5.validTo > datetime())]->(x:Partner) | x.id]) }) AS nodes
}
CALL (parentId) {
  MATCH (s:Subscription)-[:FOR_OFFER]->(:Offer {id: parentId})
  WHERE ($scope.all
      OR EXISTS { (s)-[now6:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now6.validFrom <= datetime() AND (now6.validTo IS NULL OR now6.validTo > datetime())]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  RETURN count(s) AS totalCount
}
RETURN parentId, nodes, totalCount
