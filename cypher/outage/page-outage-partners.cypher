// Only subscriptions the caller's $scope may see count (docs/security.md, "Tenant scoping").
// The partners who must hear of an outage of these offers: every partner that sold, supplied or
// is the designated support contact, at $at, of a subscription to them held then, with how it is linked and how many
// customers and subscriptions it has there. Ordered by impact: customers, then subscriptions (most
// first), then partner id; $after ({customerCount, subscriptionCount, partnerId} or null) and
// $limit cut one page.
UNWIND $offerIds AS offerId
MATCH (o:Offer {id: offerId})
MATCH @holders-of(o, s, h, c)
MATCH (s)-[link:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE @in-force(link)]->(p:Partner)
WHERE @visible-partner(p)
WITH p, collect(DISTINCT type(link)) AS links, count(DISTINCT c) AS customerCount, count(DISTINCT s) AS subscriptionCount
ORDER BY customerCount DESC, subscriptionCount DESC, p.id
WITH collect({partner: @partner-fields(p), links: links,
              affectedCustomerCount: customerCount, affectedSubscriptionCount: subscriptionCount}) AS impacted
RETURN size(impacted) AS totalCount,
       [x IN impacted WHERE $after IS NULL
          OR x.affectedCustomerCount < $after.customerCount
          OR (x.affectedCustomerCount = $after.customerCount AND x.affectedSubscriptionCount < $after.subscriptionCount)
          OR (x.affectedCustomerCount = $after.customerCount AND x.affectedSubscriptionCount = $after.subscriptionCount
              AND x.partner.id > $after.partnerId)][..toInteger($limit)] AS nodes
