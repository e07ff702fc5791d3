// Test support (test/integration/analyst/outage-holders.test.ts): the same as
// test-support/outage-holders, by the scoping rule itself: every holder of the offers, kept when
// @visible-subscription lets $scope see it; and the partners outage/page-outage-partners lists:
// every partner linked at $at to one of those holders, kept when @visible-partner does.
UNWIND $offerIds AS offerId
MATCH (o:Offer {id: offerId})
MATCH @holders-of(o, s, h, c)
WITH collect(DISTINCT s) AS holders, collect(DISTINCT c.id) AS customerIds
CALL (holders) {
  UNWIND holders AS s
  MATCH (s)-[link:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE @in-force(link)]->(p:Partner)
  WITH DISTINCT p
  WHERE @visible-partner(p)
  RETURN collect(p.id) AS partnerIds
}
RETURN [s IN holders | s.id] AS subscriptionIds, customerIds, partnerIds
