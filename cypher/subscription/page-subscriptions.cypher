// Only what the caller's $scope may see is listed or counted (docs/security.md, "Tenant scoping").
// Keyset page ordered by id. Filters, each ignored when null: the customer, the offer, the offer's
// publisher, Microsoft's offers or the ISVs' ($isMicrosoft), the kinds of partner of record the
// sales model allows ($partnerKinds), and a partner that sold or supplied the subscription.
// Time-bound relationships count only while in force now (validFrom <= now < validTo).
CALL () {
  MATCH (c:Customer)-[now1:HAS_SUBSCRIPTION WHERE now1.validFrom <= datetime() AND (now1.validTo IS NULL OR now1.validTo > datetime())]->(s:Subscription)-[:FOR_OFFER]->(o:Offer)-[:PUBLISHED_BY]->(pub:Publisher)
  MATCH (s)-[now2:SOLD_BY WHERE now2.validFrom <= datetime() AND (now2.validTo IS NULL OR now2.validTo > datetime())]->(p:Partner)
  WHERE ($afterId IS NULL OR s.id > $afterId)
    AND ($scope.all
      OR EXISTS { (s)-[now3:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now3.validFrom <= datetime() AND (now3.validTo IS NULL OR now3.validTo > datetime())]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
    AND ($customerId IS NULL OR c.id = $customerId)
    AND ($offerId IS NULL OR o.id = $offerId)
    AND ($publisherId IS NULL OR pub.id = $publisherId)
    AND ($isMicrosoft IS NULL OR pub.isMicrosoft = $isMicrosoft)
    AND ($partnerKinds IS NULL OR p.kind IN $partnerKinds)
    AND ($servedByPartnerId IS NULL OR p.id = $servedByPartnerId
         OR EXISTS { (s)-[now4:SUPPLIED_BY WHERE now4.validFrom <= datetime() AND (now4.validTo IS NULL OR now4.validTo > datetime())]->(:Partner {id: $servedByPartnerId}) })
  WITH c, s, o, p ORDER BY s.id LIMIT toInteger($limit)
  RETURN collect(s { .id, customerId: c.id, offerId: o.id, partnerOfRecordId: p.id, partnerKind: p.kind,
                     indirectProviderId: head([(s)-[now5:SUPPLIED_BY WHERE now5.validFrom <= datetime() AND (now5.validTo IS NULL OR now5.validTo > datetime())]->(x:Partner) | x.id]),
                     designatedSupportId: head([(s)-[now6:DESIGNATED_SUPPORT WHERE now6.validFrom <= datetime() AND (now6.validTo IS NULL OR now6.validTo > datetime())]->(x:Partner) | x.id]) }) AS nodes
}
CALL () {
  MATCH (c:Customer)-[now7:HAS_SUBSCRIPTION WHERE now7.validFrom <= datetime() AND (now7.validTo IS NULL OR now7.validTo > datetime())]->(s:Subscription)-[:FOR_OFFER]->(o:Offer)-[:PUBLISHED_BY]->(pub:Publisher)
  MATCH (s)-[now8:SOLD_BY WHERE now8.validFrom <= datetime() AND (now8.validTo IS NULL OR now8.validTo > datetime())]->(p:Partner)
  WHERE ($scope.all
      OR EXISTS { (s)-[now9:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now9.validFrom <= datetime() AND (now9.validTo IS NULL OR now9.validTo > datetime())]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
    AND ($customerId IS NULL OR c.id = $customerId)
    AND ($offerId IS NULL OR o.id = $offerId)
    AND ($publisherId IS NULL OR pub.id = $publisherId)
    AND ($isMicrosoft IS NULL OR pub.isMicrosoft = $isMicrosoft)
    AND ($partnerKinds IS NULL OR p.kind IN $partnerKinds)
    AND ($servedByPartnerId IS NULL OR p.id = $servedByPartnerId
         OR EXISTS { (s)-[now10:SUPPLIED_BY WHERE now10.validFrom <= datetime() AND (now10.validTo IS NULL OR now10.validTo > datetime())]->(:Partner {id: $servedByPartnerId}) })
  RETURN count(s) AS totalCount
}
RETURN nodes, totalCount
