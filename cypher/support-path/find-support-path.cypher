// supportPath's reads in one statement: whether the customer and offer exist for the caller's
// $scope (at $at); which of the customer's subscriptions to the offer (all, or the one named) it
// holds at $at and the caller may see then, ordered by id; and, when exactly one, that
// subscription's parties, period and contacts as find-path-parties answers them (`parties`, null
// otherwise), with the support matrix's version.
CALL () {
  OPTIONAL MATCH (m:SupportMatrix {id: 'support-matrix'})
  RETURN m.version AS matrixVersion
}
@match-subscription-candidates(c, o, pub, h, s)
WITH matrixVersion, c, o, s
ORDER BY s.id
WITH matrixVersion, c IS NOT NULL AS customerFound, o IS NOT NULL AS offerFound, collect(s) AS held
OPTIONAL CALL (held) {
  WITH held WHERE size(held) = 1
  WITH held[0] AS s
  @match-path-parties(s, ph, pc, po, ppub, por, provider, designated, ms)
  RETURN {
    subscriptionId: s.id,
    customer: @customer-fields(pc),
    offer: @offer-fields(po, ppub),
    publisher: @publisher-fields(ppub),
    partnerOfRecord: @partner-fields(por),
    indirectProvider: @partner-fields(provider),
    designatedSupport: @partner-fields(designated),
    microsoft: @publisher-fields(ms),
    startedAt: ph.validFrom.epochMillis,
    endedAt: ph.validTo.epochMillis,
    contacts: [owner IN [
      {id: po.id, contacts: @contacts-of(po)}, {id: ppub.id, contacts: @contacts-of(ppub)},
      {id: por.id, contacts: @contacts-of(por)}, {id: provider.id, contacts: @contacts-of(provider)},
      {id: designated.id, contacts: @contacts-of(designated)}, {id: ms.id, contacts: @contacts-of(ms)}
    ] WHERE owner.id IS NOT NULL]
  } AS parties
  LIMIT 1
}
RETURN customerFound, offerFound, [s IN held | s.id] AS subscriptionIds, parties, matrixVersion
