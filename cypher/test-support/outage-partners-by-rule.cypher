// Test support (test/integration/analyst/outage-holders.test.ts): the partners
// outage/page-outage-partners lists, by the scoping rule itself: every partner linked at $at to a
// holder of the offers that @visible-subscription lets $scope see, kept when @visible-partner does.
UNWIND $offerIds AS offerId
MATCH (o:Offer {id: offerId})
MATCH @holders-of(o, s, h, c)
MATCH (s)-[link:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE @in-force(link)]->(p:Partner)
WITH DISTINCT p
WHERE @visible-partner(p)
RETURN collect(p.id) AS partnerIds
