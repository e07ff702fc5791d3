// Only what the caller's $scope may see is listed or counted (docs/security.md, "Tenant scoping").
// For each partner, one keyset page of the customers it serves (it sold or supplied one of their
// subscriptions), ordered by id, and how many it serves in all.
// Time-bound relationships count only while in force now (validFrom <= now < validTo).
UNWIND $partnerIds AS parentId
CALL (parentId) {
  MATCH (:Partner {id: parentId})<-[now1:SOLD_BY|SUPPLIED_BY WHERE now1.validFrom <= datetime() AND (now1.validTo IS NULL OR now1.validTo > datetime())]-(:Subscription)<-[now2:HAS_SUBSCRIPTION WHERE now2.validFrom <= datetime() AND (now2.validTo IS NULL OR now2.validTo > datetime())]-(c:Customer)
  WITH DISTINCT c
  WHERE ($afterId IS NULL OR c.id > $afterId)
    AND ($scope.all
      OR EXISTS { (c)-[now3:HAS_SUBSCRIPTION WHERE now3.validFrom <= datetime() AND (now3.validTo IS NULL OR now3.validTo > datetime())]->(:Subscription)-[now4:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now4.validFrom <= datetime() AND (now4.validTo IS NULL OR now4.validTo > datetime())]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (c)-[now5:HAS_SUBSCRIPTION WHERE now5.validFrom <= datetime() AND (now5.validTo IS NULL OR now5.validTo > datetime())]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  WITH c ORDER BY c.id LIMIT toInteger($limit)
  RETURN collect(c { .id, .name }) AS nodes
}
CALL (parentId) {
  MATCH (:Partner {id: parentId})<-[now6:SOLD_BY|SUPPLIED_BY WHERE now6.validFrom <= datetime() AND (now6.validTo IS NULL OR now6.validTo > datetime())]-(:Subscription)<-[now7:HAS_SUBSCRIPTION WHERE now7.validFrom <= datetime() AND (now7.validTo IS NULL OR now7.validTo > datetime())]-(c:Customer)
  WITH DISTINCT c
  WHERE ($scope.all
      OR EXISTS { (c)-[now8:HAS_SUBSCRIPTION WHERE now8.validFrom <= datetime() AND (now8.validTo IS NULL OR now8.validTo > datetime())]->(:Subscription)-[now9:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now9.validFrom <= datetime() AND (now9.validTo IS NULL OR now9.validTo > datetime())]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (c)-[now10:HAS_SUBSCRIPTION WHERE now10.validFrom <= datetime() AND (now10.validTo IS NULL OR now10.validTo > datetime())]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  RETURN count(c) AS totalCount
}
RETURN parentId, nodes, totalCount
