// Subscriptions by id that the caller's $scope may see, with their parties: those in force at $at
// while the customer holds it then; for a subscription that ended by $at, the parties it ended with
// (their relationships ended at the same moment), seen by the platform and by those parties alone.
// A subscription that starts after $at is absent.
UNWIND $ids AS id
MATCH (c:Customer)-[h:HAS_SUBSCRIPTION WHERE h.validFrom <= $at]->(s:Subscription {id: id})-[:FOR_OFFER]->(o:Offer)
WITH c, h, s, o, @in-force(h) AS held
MATCH (s)-[sold:SOLD_BY WHERE CASE WHEN held THEN @in-force(sold) ELSE sold.validTo = h.validTo END]->(p:Partner)
WHERE CASE WHEN held THEN @visible-subscription(s) ELSE @visible-subscription-as-ended(s, h) END
RETURN s { .id, customerId: c.id, offerId: o.id, partnerOfRecordId: p.id, partnerKind: p.kind,
           indirectProviderId: head([(s)-[sup:SUPPLIED_BY WHERE CASE WHEN held THEN @in-force(sup) ELSE sup.validTo = h.validTo END]->(x:Partner) | x.id]),
           designatedSupportId: head([(s)-[des:DESIGNATED_SUPPORT WHERE held AND @in-force(des)]->(x:Partner) | x.id]),
           startedAt: h.validFrom.epochMillis, endedAt: h.validTo.epochMillis } AS subscription
