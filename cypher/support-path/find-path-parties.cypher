// For each subscription as held at $at: its customer and offer, and every party a support step can
// bind to (@match-path-parties). A subscription not held at $at is absent. Which of them the path
// shows is the business of src/domain/support-path.ts; the caller's $scope was checked when the
// subscription was chosen (find-subscription-candidates), and is checked again here. With each:
// the support matrix's version (null before its first write), so a cached matrix is known to be
// current without another round trip; and the contacts of the offer and of every party (by
// owner id, @contacts-of), which the path's steps show, so no second statement reads them.
CALL () {
  OPTIONAL MATCH (m:SupportMatrix {id: 'support-matrix'})
  RETURN m.version AS matrixVersion
}
UNWIND $subscriptionIds AS subscriptionId
CALL (subscriptionId) {
  MATCH (s:Subscription {id: subscriptionId})
  WHERE @visible-subscription(s)
  @match-path-parties(s, h, c, o, pub, por, provider, designated, ms)
  RETURN @customer-fields(c) AS customer,
         @offer-fields(o, pub) AS offer,
         @publisher-fields(pub) AS publisher,
         @partner-fields(por) AS partnerOfRecord,
         @partner-fields(provider) AS indirectProvider,
         @partner-fields(designated) AS designatedSupport,
         @publisher-fields(ms) AS microsoft,
         h.validFrom.epochMillis AS startedAt,
         h.validTo.epochMillis AS endedAt,
         [owner IN [
           {id: o.id, contacts: @contacts-of(o)}, {id: pub.id, contacts: @contacts-of(pub)},
           {id: por.id, contacts: @contacts-of(por)}, {id: provider.id, contacts: @contacts-of(provider)},
           {id: designated.id, contacts: @contacts-of(designated)}, {id: ms.id, contacts: @contacts-of(ms)}
         ] WHERE owner.id IS NOT NULL] AS contacts
  LIMIT 1
}
RETURN subscriptionId, customer, offer, publisher, partnerOfRecord, indirectProvider, designatedSupport, microsoft, startedAt, endedAt, matrixVersion, contacts
