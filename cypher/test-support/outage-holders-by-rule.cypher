// Test support (test/integration/analyst/outage-holders.test.ts): the same as
// test-support/outage-holders, by the scoping rule itself: every holder of the offers, kept when
// @visible-subscription lets $scope see it.
UNWIND $offerIds AS offerId
MATCH (o:Offer {id: offerId})
MATCH @holders-of(o, s, h, c)
RETURN collect(DISTINCT s.id) AS subscriptionIds, collect(DISTINCT c.id) AS customerIds
