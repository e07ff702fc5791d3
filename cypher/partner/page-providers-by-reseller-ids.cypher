// Only what the caller's $scope may see is listed or counted (docs/security.md, "Tenant scoping").
// For each indirect reseller, one keyset page of the providers it buys through, ordered by id.
// Time-bound relationships count only while in force now (validFrom <= now < validTo).
UNWIND $resellerIds AS parentId
CALL (parentId) {
  MATCH (:Partner {id: parentId})-[now1:BUYS_THROUGH WHERE now1.validFrom <= datetime() AND (now1.validTo IS NULL OR now1.validTo > datetime())]->(p:Partner)
  WHERE ($afterId IS NULL OR p.id > $afterId)
    AND ($scope.all OR p.id = $scope.partnerId
      OR EXISTS { (p)-[now2:BUYS_THROUGH WHERE now2.validFrom <= datetime() AND (now2.validTo IS NULL OR now2.validTo > datetime())]-(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (p)<-[now3:SOLD_BY|SUPPLIED_BY WHERE now3.validFrom <= datetime() AND (now3.validTo IS NULL OR now3.validTo > datetime())]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  WITH p ORDER BY p.id LIMIT toInteger($limit)
  RETURN collect(p { .id, .name, .kind }) AS nodes
}
CALL (parentId) {
  MATCH (:Partner {id: parentId})-[now4:BUYS_THROUGH WHERE now4.validFrom <= datetime() AND (now4.validTo IS NULL OR now4.validTo > datetime())]->(p:Partner)
  WHERE ($scope.all OR p.id = $scope.partnerId
      OR EXISTS { (p)-[now5:BUYS_THROUGH WHERE now5.validFrom <= datetime() AND (now5.validTo IS NULL OR now5.validTo > datetime())]-(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (p)<-[now6:SOLD_BY|SUPPLIED_BY WHERE now6.validFrom <= datetime() AND (now6.validTo IS NULL OR now6.validTo > datetime())]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  RETURN count(p) AS totalCount
}
RETURN parentId, nodes, totalCount
