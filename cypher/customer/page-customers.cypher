// Only what the caller's $scope may see is listed or counted (docs/security.md, "Tenant scoping").
// Keyset page ordered by id: stable under inserts, one more row than asked tells hasNextPage.
// Filters, each ignored when null: the name contains $nameContains (case-insensitive); a partner
// serves the customer (it sold or supplied one of its subscriptions: a provider's whole
// downstream); the customer subscribes to an offer of $publisherId.
// Time-bound relationships count only while in force now (validFrom <= now < validTo).
CALL () {
  MATCH (c:Customer)
  WHERE ($afterId IS NULL OR c.id > $afterId)
    AND ($scope.all
      OR EXISTS { (c)-[now1:HAS_SUBSCRIPTION WHERE now1.validFrom <= datetime() AND (now1.validTo IS NULL OR now1.validTo > datetime())]->(:Subscription)-[now2:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now2.validFrom <= datetime() AND (now2.validTo IS NULL OR now2.validTo > datetime())]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (c)-[now3:HAS_SUBSCRIPTION WHERE now3.validFrom <= datetime() AND (now3.validTo IS NULL OR now3.validTo > datetime())]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
    AND ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
    AND ($servedByPartnerId IS NULL
         OR EXISTS { (c)-[now4:HAS_SUBSCRIPTION WHERE now4.validFrom <= datetime() AND (now4.validTo IS NULL OR now4.validTo > datetime())]->(:Subscription)-[now5:SOLD_BY|SUPPLIED_BY WHERE now5.validFrom <= datetime() AND (now5.validTo IS NULL OR now5.validTo > datetime())]->(:Partner {id: $servedByPartnerId}) })
    AND ($publisherId IS NULL
         OR EXISTS { (c)-[now6:HAS_SUBSCRIPTION WHERE now6.validFrom <= datetime() AND (now6.validTo IS NULL OR now6.validTo > datetime())]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $publisherId}) })
  WITH c ORDER BY c.id LIMIT toInteger($limit)
  RETURN collect(c { .id, .name }) AS nodes
}
CALL () {
  MATCH (c:Customer)
  WHERE ($scope.all
      OR EXISTS { (c)-[now7:HAS_SUBSCRIPTION WHERE now7.validFrom <= datetime() AND (now7.validTo IS NULL OR now7.validTo > datetime())]->(:Subscription)-[now8:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now8.validFrom <= datetime() AND (now8.validTo IS NULL OR now8.validTo > datetime())]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (c)-[now9:HAS_SUBSCRIPTION WHERE now9.validFrom <= datetime() AND (now9.validTo IS NULL OR now9.validTo > datetime())]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
    AND ($nameContains IS NULL OR toLower(c.name) CONTAINS toLower($nameContains))
    AND ($servedByPartnerId IS NULL
         OR EXISTS { (c)-[now10:HAS_SUBSCRIPTION WHERE now10.validFrom <= datetime() AND (now10.validTo IS NULL OR now10.validTo > datetime())]->(:Subscription)-[now11:SOLD_BY|SUPPLIED_BY WHERE now11.validFrom <= datetime() AND (now11.validTo IS NULL OR now11.validTo > datetime())]->(:Partner {id: $servedByPartnerId}) })
    AND ($publisherId IS NULL
         OR EXISTS { (c)-[now12:HAS_SUBSCRIPTION WHERE now12.validFrom <= datetime() AND (now12.validTo IS NULL OR now12.validTo > datetime())]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $publisherId}) })
  RETURN count(c) AS totalCount
}
RETURN nodes, totalCount
