// Only what the caller's $scope may see is listed or counted (docs/security.md, "Tenant scoping").
// Keyset page ordered by id. Filters, each ignored when null: the name contains $nameContains
// (case-insensitive); the partner is of $kind.
// Time-bound relationships count only while in force now (validFrom <= now < validTo).
CALL () {
  MATCH (p:Partner)
  WHERE ($afterId IS NULL OR p.id > $afterId)
    AND ($scope.all OR p.id = $scope.partnerId
      OR EXISTS { (p)-[now1:BUYS_THROUGH WHERE now1.validFrom <= datetime() AND (now1.validTo IS NULL OR now1.validTo > datetime())]-(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (p)<-[now2:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now2.validFrom <= datetime() AND (now2.validTo IS NULL OR now2.validTo > datetime())]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) }
      OR EXISTS { (p)<-[now2a:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now2a.validFrom <= datetime() AND (now2a.validTo IS NULL OR now2a.validTo > datetime())]-(:Subscription)-[now5:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now5.validFrom <= datetime() AND (now5.validTo IS NULL OR now5.validTo > datetime())]->(:Partner {id: $scope.partnerId}) })
    AND ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains))
    AND ($kind IS NULL OR p.kind = $kind)
  WITH p ORDER BY p.id LIMIT toInteger($limit)
  RETURN collect(p { .id, .name, .kind }) AS nodes
}
CALL () {
  MATCH (p:Partner)
  WHERE ($scope.all OR p.id = $scope.partnerId
      OR EXISTS { (p)-[now3:BUYS_THROUGH WHERE now3.validFrom <= datetime() AND (now3.validTo IS NULL OR now3.validTo > datetime())]-(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (p)<-[now4:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now4.validFrom <= datetime() AND (now4.validTo IS NULL OR now4.validTo > datetime())]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) }
      OR EXISTS { (p)<-[now4a:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now4a.validFrom <= datetime() AND (now4a.validTo IS NULL OR now4a.validTo > datetime())]-(:Subscription)-[now6:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now6.validFrom <= datetime() AND (now6.validTo IS NULL OR now6.validTo > datetime())]->(:Partner {id: $scope.partnerId}) })
    AND ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains))
    AND ($kind IS NULL OR p.kind = $kind)
  RETURN count(p) AS totalCount
}
RETURN nodes, totalCount
