// Only what the caller's $scope may see is listed or counted (README, "Tenant scoping").
// Keyset page ordered by id. Filters, each ignored when null: the customer, the offer, the offer's
// publisher, Microsoft's offers or the ISVs' ($isMicrosoft), the kinds of partner of record the
// sales model allows ($partnerKinds), and a partner that sold or supplied the subscription.
CALL () {
  MATCH (c:Customer)-[:HAS_SUBSCRIPTION]->(s:Subscription)-[:FOR_OFFER]->(o:Offer)-[:PUBLISHED_BY]->(pub:Publisher)
  MATCH (s)-[:SOLD_BY]->(p:Partner)
  WHERE ($afterId IS NULL OR s.id > $afterId)
    AND ($scope.all
      OR EXISTS { (s)-[:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
    AND ($customerId IS NULL OR c.id = $customerId)
    AND ($offerId IS NULL OR o.id = $offerId)
    AND ($publisherId IS NULL OR pub.id = $publisherId)
    AND ($isMicrosoft IS NULL OR pub.isMicrosoft = $isMicrosoft)
    AND ($partnerKinds IS NULL OR p.kind IN $partnerKinds)
    AND ($servedByPartnerId IS NULL OR p.id = $servedByPartnerId
         OR EXISTS { (s)-[:SUPPLIED_BY]->(:Partner {id: $servedByPartnerId}) })
  WITH c, s, o, p ORDER BY s.id LIMIT toInteger($limit)
  RETURN collect(s { .id, customerId: c.id, offerId: o.id, partnerOfRecordId: p.id, partnerKind: p.kind,
                     indirectProviderId: head([(s)-[:SUPPLIED_BY]->(x:Partner) | x.id]),
                     designatedSupportId: head([(s)-[:DESIGNATED_SUPPORT]->(x:Partner) | x.id]) }) AS nodes
}
CALL () {
  MATCH (c:Customer)-[:HAS_SUBSCRIPTION]->(s:Subscription)-[:FOR_OFFER]->(o:Offer)-[:PUBLISHED_BY]->(pub:Publisher)
  MATCH (s)-[:SOLD_BY]->(p:Partner)
  WHERE ($scope.all
      OR EXISTS { (s)-[:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
    AND ($customerId IS NULL OR c.id = $customerId)
    AND ($offerId IS NULL OR o.id = $offerId)
    AND ($publisherId IS NULL OR pub.id = $publisherId)
    AND ($isMicrosoft IS NULL OR pub.isMicrosoft = $isMicrosoft)
    AND ($partnerKinds IS NULL OR p.kind IN $partnerKinds)
    AND ($servedByPartnerId IS NULL OR p.id = $servedByPartnerId
         OR EXISTS { (s)-[:SUPPLIED_BY]->(:Partner {id: $servedByPartnerId}) })
  RETURN count(s) AS totalCount
}
RETURN nodes, totalCount
