// The partners who must hear of an outage of these offers: every partner that sold, supplied or
// is the designated support contact, at $at, of a subscription to them held then, with how it is linked and how many
// customers and subscriptions it has there. Ordered by impact: customers, then subscriptions (most
// first), then partner id; $after ({customerCount, subscriptionCount, partnerId} or null) and
// $limit cut one page.
// The cost is one walk of the subscriptions the caller sees (@outage-holders: for a partner, its
// own), and their links, which the counts and the order need in full. Whether $scope may see a
// partner depends on the partner alone, so it is checked once per partner, after the grouping: the
// same partners as checking every link, without @visible-partner's subqueries on each. The link's end needs no label:
// SOLD_BY, SUPPLIED_BY and DESIGNATED_SUPPORT only ever point at a Partner. Subscriptions stay
// DISTINCT per partner: one reseller can be both the partner of record (SOLD_BY) and the designated
// support contact (DESIGNATED_SUPPORT) of the same subscription.
WITH $offerIds AS offerIds
@outage-holders(offerIds, s, c)
MATCH (s)-[link:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE @in-force(link)]->(p)
WITH p, collect(DISTINCT type(link)) AS links, count(DISTINCT c) AS customerCount, count(DISTINCT s) AS subscriptionCount
WHERE @visible-partner(p)
ORDER BY customerCount DESC, subscriptionCount DESC, p.id
WITH collect({partner: @partner-fields(p), links: links,
              affectedCustomerCount: customerCount, affectedSubscriptionCount: subscriptionCount}) AS impacted
RETURN size(impacted) AS totalCount,
       [x IN impacted WHERE $after IS NULL
          OR x.affectedCustomerCount < $after.customerCount
          OR (x.affectedCustomerCount = $after.customerCount AND x.affectedSubscriptionCount < $after.subscriptionCount)
          OR (x.affectedCustomerCount = $after.customerCount AND x.affectedSubscriptionCount = $after.subscriptionCount
              AND x.partner.id > $after.partnerId)][..toInteger($limit)] AS nodes
// Only what the caller's $scope may see is listed or counted (docs/security.md, "Tenant scoping").
