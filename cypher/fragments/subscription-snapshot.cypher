// The stored state of a subscription named by `id`: its customer and offer, and its parties (its
// current ones or, once it has ended, those it ended with); rows of id, type and state, as
// unscoped/write/find-entity-snapshots returns them (instants in epoch milliseconds). The
// subscription is found by its id first: in one pattern, the database planned a label scan of
// customers or offers while the store held few subscriptions, and an import's write pass took
// 3.8-6.6 s per 5,000 ids where it now takes well under one.
// @fragment subscription-snapshot(id)
CALL ({id}) { MATCH (n:Subscription {id: {id}}) RETURN n }
MATCH (c:Customer)-[h:HAS_SUBSCRIPTION]->(n)-[:FOR_OFFER]->(o:Offer)
CALL (n, h) {
  OPTIONAL MATCH (n)-[r:SOLD_BY]->(p:Partner)
  WHERE r.validTo IS NULL OR @ended-with(r, h)
  RETURN p.id AS partnerId, r.validFrom AS partnerSince ORDER BY r.validFrom DESC LIMIT 1
}
CALL (n, h) {
  OPTIONAL MATCH (n)-[r:SUPPLIED_BY]->(p:Partner)
  WHERE r.validTo IS NULL OR @ended-with(r, h)
  RETURN p.id AS providerId, r.validFrom AS providerSince ORDER BY r.validFrom DESC LIMIT 1
}
CALL (n, h) {
  OPTIONAL MATCH (n)-[r:DESIGNATED_SUPPORT]->(p:Partner)
  WHERE r.validTo IS NULL OR @ended-with(r, h)
  RETURN p.id AS designatedSupportId, r.validFrom AS designatedSince ORDER BY r.validFrom DESC LIMIT 1
}
RETURN n.id AS id, 'Subscription' AS type, {
  customerId: c.id, offerId: o.id, partnerId: partnerId, providerId: providerId, designatedSupportId: designatedSupportId,
  validFrom: h.validFrom.epochMillis, validTo: h.validTo.epochMillis,
  changedAt: reduce(latest = h.validFrom, since IN [partnerSince, providerSince, designatedSince] |
    CASE WHEN since > latest THEN since ELSE latest END).epochMillis
} AS state
