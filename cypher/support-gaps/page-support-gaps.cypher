// Only what the caller's $scope may see is listed or counted (docs/security.md, "Tenant scoping").
// Every place the graph cannot answer a support question well, one row per (kind, entity), with
// the customers and subscriptions it affects; ordered by kind, then entity id. $kind (null: all)
// keeps one kind; the keyset ($afterKind, $afterId) and $limit cut one page.
// Time-bound relationships count only while in force now (validFrom <= now < validTo).
CALL () {
  // An ISV offer nobody answers customer support for: neither the offer (its details page) nor
  // its publisher has a CUSTOMER_SUPPORT contact.
  MATCH (o:Offer)-[:PUBLISHED_BY]->(pub:Publisher)
  WHERE ($kind IS NULL OR $kind = 'OFFER_WITHOUT_CUSTOMER_SUPPORT')
    AND NOT coalesce(pub.isMicrosoft, false)
    AND NOT EXISTS { (o)-[:HAS_CONTACT]->(:SupportContact {kind: 'CUSTOMER_SUPPORT'}) }
    AND NOT EXISTS { (pub)-[:HAS_CONTACT]->(:SupportContact {kind: 'CUSTOMER_SUPPORT'}) }
    AND ($scope.all OR $scope.partnerId IS NOT NULL OR pub.id = $scope.publisherId)
  OPTIONAL MATCH (c:Customer)-[now1:HAS_SUBSCRIPTION WHERE now1.validFrom <= datetime() AND (now1.validTo IS NULL OR now1.validTo > datetime())]->(s:Subscription)-[:FOR_OFFER]->(o)
  WHERE ($scope.all
      OR EXISTS { (s)-[now2:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now2.validFrom <= datetime() AND (now2.validTo IS NULL OR now2.validTo > datetime())]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  RETURN 'OFFER_WITHOUT_CUSTOMER_SUPPORT' AS kind, o.id AS entityId, o.name AS entityName, null AS offerName,
         ['CUSTOMER_SUPPORT'] AS missingContactKinds, [] AS issueTypes,
         count(DISTINCT c) AS customerCount, count(DISTINCT s) AS subscriptionCount
  UNION ALL
  // A partner customers (or its resellers) cannot reach: no SUPPORT_DESK contact.
  MATCH (p:Partner)
  WHERE ($kind IS NULL OR $kind = 'PARTNER_WITHOUT_SUPPORT_DESK')
    AND NOT EXISTS { (p)-[:HAS_CONTACT]->(:SupportContact {kind: 'SUPPORT_DESK'}) }
    AND ($scope.all OR p.id = $scope.partnerId
      OR EXISTS { (p)-[now3:BUYS_THROUGH WHERE now3.validFrom <= datetime() AND (now3.validTo IS NULL OR now3.validTo > datetime())]-(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (p)<-[now4:SOLD_BY|SUPPLIED_BY WHERE now4.validFrom <= datetime() AND (now4.validTo IS NULL OR now4.validTo > datetime())]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  OPTIONAL MATCH (c:Customer)-[now5:HAS_SUBSCRIPTION WHERE now5.validFrom <= datetime() AND (now5.validTo IS NULL OR now5.validTo > datetime())]->(s:Subscription)-[now6:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now6.validFrom <= datetime() AND (now6.validTo IS NULL OR now6.validTo > datetime())]->(p)
  WHERE ($scope.all
      OR EXISTS { (s)-[now7:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now7.validFrom <= datetime() AND (now7.validTo IS NULL OR now7.validTo > datetime())]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  RETURN 'PARTNER_WITHOUT_SUPPORT_DESK' AS kind, p.id AS entityId, p.name AS entityName, null AS offerName,
         ['SUPPORT_DESK'] AS missingContactKinds, [] AS issueTypes,
         count(DISTINCT c) AS customerCount, count(DISTINCT s) AS subscriptionCount
  UNION ALL
  // An indirect reseller that buys through no indirect provider.
  MATCH (p:Partner {kind: 'INDIRECT_RESELLER'})
  WHERE ($kind IS NULL OR $kind = 'RESELLER_WITHOUT_PROVIDER')
    AND NOT EXISTS { (p)-[now8:BUYS_THROUGH WHERE now8.validFrom <= datetime() AND (now8.validTo IS NULL OR now8.validTo > datetime())]->(:Partner) }
    AND ($scope.all OR p.id = $scope.partnerId
      OR EXISTS { (p)-[now9:BUYS_THROUGH WHERE now9.validFrom <= datetime() AND (now9.validTo IS NULL OR now9.validTo > datetime())]-(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (p)<-[now10:SOLD_BY|SUPPLIED_BY WHERE now10.validFrom <= datetime() AND (now10.validTo IS NULL OR now10.validTo > datetime())]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  OPTIONAL MATCH (c:Customer)-[now11:HAS_SUBSCRIPTION WHERE now11.validFrom <= datetime() AND (now11.validTo IS NULL OR now11.validTo > datetime())]->(s:Subscription)-[now12:SOLD_BY WHERE now12.validFrom <= datetime() AND (now12.validTo IS NULL OR now12.validTo > datetime())]->(p)
  WHERE ($scope.all
      OR EXISTS { (s)-[now13:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now13.validFrom <= datetime() AND (now13.validTo IS NULL OR now13.validTo > datetime())]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  RETURN 'RESELLER_WITHOUT_PROVIDER' AS kind, p.id AS entityId, p.name AS entityName, null AS offerName,
         [] AS missingContactKinds, [] AS issueTypes,
         count(DISTINCT c) AS customerCount, count(DISTINCT s) AS subscriptionCount
  UNION ALL
  // A subscription whose path, for some issue type, has a RESPONSIBLE step whose party has none of
  // the contacts the step names. Roles bind as in supportPath: the partner of record, the provider
  // it bought through, the offer's publisher (an offer's own contact counts), Microsoft.
  MATCH (c:Customer)-[now14:HAS_SUBSCRIPTION WHERE now14.validFrom <= datetime() AND (now14.validTo IS NULL OR now14.validTo > datetime())]->(s:Subscription)-[:FOR_OFFER]->(o:Offer)-[:PUBLISHED_BY]->(pub:Publisher)
  WHERE ($kind IS NULL OR $kind = 'RESPONSIBLE_STEP_WITHOUT_CONTACT')
    AND ($scope.all
      OR EXISTS { (s)-[now15:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now15.validFrom <= datetime() AND (now15.validTo IS NULL OR now15.validTo > datetime())]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  MATCH (s)-[now16:SOLD_BY WHERE now16.validFrom <= datetime() AND (now16.validTo IS NULL OR now16.validTo > datetime())]->(por:Partner)
  OPTIONAL MATCH (s)-[now17:SUPPLIED_BY WHERE now17.validFrom <= datetime() AND (now17.validTo IS NULL OR now17.validTo > datetime())]->(provider:Partner)
  OPTIONAL MATCH (ms:Publisher {isMicrosoft: true})
  MATCH (rule:SupportRule)-[:HAS_STEP]->(step:SupportRuleStep {duty: 'RESPONSIBLE'})
  WHERE rule.offerCategory = CASE WHEN coalesce(pub.isMicrosoft, false) THEN 'FIRST_PARTY' ELSE 'THIRD_PARTY' END
    AND size(step.contactKinds) > 0
  WITH c, s, o, rule, step,
       CASE step.role WHEN 'PARTNER_OF_RECORD' THEN por WHEN 'INDIRECT_PROVIDER' THEN provider
                      WHEN 'PUBLISHER' THEN pub WHEN 'MICROSOFT' THEN ms END AS party
  WHERE party IS NOT NULL
    AND NOT EXISTS { (party)-[:HAS_CONTACT]->(k:SupportContact) WHERE k.kind IN step.contactKinds }
    AND NOT (step.role = 'PUBLISHER' AND EXISTS { (o)-[:HAS_CONTACT]->(k:SupportContact) WHERE k.kind IN step.contactKinds })
  WITH c, s, o, collect(DISTINCT rule.issueType) AS issueTypes, collect(step.contactKinds) AS kindLists
  RETURN 'RESPONSIBLE_STEP_WITHOUT_CONTACT' AS kind, s.id AS entityId, c.name AS entityName, o.name AS offerName,
         reduce(kinds = [], list IN kindLists | kinds + [k IN list WHERE NOT k IN kinds]) AS missingContactKinds,
         issueTypes, 1 AS customerCount, 1 AS subscriptionCount
}
WITH kind, entityId, entityName, offerName, missingContactKinds, issueTypes, customerCount, subscriptionCount
ORDER BY kind, entityId
WITH collect({kind: kind, entityId: entityId, entityName: entityName, offerName: offerName,
              missingContactKinds: missingContactKinds, issueTypes: issueTypes,
              affectedCustomerCount: customerCount, affectedSubscriptionCount: subscriptionCount}) AS gaps
RETURN size(gaps) AS totalCount,
       [g IN gaps WHERE $afterKind IS NULL OR g.kind > $afterKind OR (g.kind = $afterKind AND g.entityId > $afterId)][..toInteger($limit)] AS nodes
