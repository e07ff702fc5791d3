// Only subscriptions the caller's $scope may see count (docs/security.md, "Tenant scoping").
// The partners who must hear of an outage of these offers: every partner that sold, supplied or
// is the designated support contact of a subscription to them, with how it is linked and how many
// customers and subscriptions it has there. Ordered by impact: customers, then subscriptions (most
// first), then partner id; $after ({customerCount, subscriptionCount, partnerId} or null) and
// $limit cut one page.
// Time-bound relationships count only while in force now (validFrom <= now < validTo).
UNWIND $offerIds AS offerId
MATCH (:Offer {id: offerId})<-[:FOR_OFFER]-(s:Subscription)<-[now1:HAS_SUBSCRIPTION WHERE now1.validFrom <= datetime() AND (now1.validTo IS NULL OR now1.validTo > datetime())]-(c:Customer)
WHERE ($scope.all
    OR EXISTS { (s)-[now2:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now2.validFrom <= datetime() AND (now2.validTo IS NULL OR now2.validTo > datetime())]->(:Partner {id: $scope.partnerId}) }
    OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
MATCH (s)-[link:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE link.validFrom <= datetime() AND (link.validTo IS NULL OR link.validTo > datetime())]->(p:Partner)
WITH p, collect(DISTINCT type(link)) AS links, count(DISTINCT c) AS customerCount, count(DISTINCT s) AS subscriptionCount
ORDER BY customerCount DESC, subscriptionCount DESC, p.id
WITH collect({partner: p { .id, .name, .kind }, links: links,
              affectedCustomerCount: customerCount, affectedSubscriptionCount: subscriptionCount}) AS impacted
RETURN size(impacted) AS totalCount,
       [x IN impacted WHERE $after IS NULL
          OR x.affectedCustomerCount < $after.customerCount
          OR (x.affectedCustomerCount = $after.customerCount AND x.affectedSubscriptionCount < $after.subscriptionCount)
          OR (x.affectedCustomerCount = $after.customerCount AND x.affectedSubscriptionCount = $after.subscriptionCount
              AND x.partner.id > $after.partnerId)][..toInteger($limit)] AS nodes
