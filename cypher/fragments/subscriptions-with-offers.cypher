// Yields `subscriptions` and `offers`: the subscriptions the customers whose ids are in the list
// `ids` hold at $at that the caller's $scope may see, with the parties they had then, ordered by
// subscription id within a customer; and, once each, the offers of those
// subscriptions with their publishers and both their contacts (those whose publisher the caller
// may see): what `subscriptions { offer { publisher { contacts } } }` would otherwise ask in
// another statement.
// @fragment subscriptions-with-offers(ids)
UNWIND {ids} AS customerId
@subscriptions-held-by(customerId, c, h, s, o, pub, p)
WITH c, h, s, o, pub, p ORDER BY s.id
WITH collect(@subscription-fields(s, h, c, o, p)) AS subscriptions,
     collect(DISTINCT CASE WHEN @visible-publisher(pub) THEN o END) AS offerNodes
CALL (offerNodes) {
  UNWIND offerNodes AS o
  MATCH (o)-[:PUBLISHED_BY]->(pub:Publisher)
  RETURN collect({ offer: @offer-fields(o, pub), offerContacts: @contacts-of(o),
                   publisher: @publisher-fields(pub), publisherContacts: @contacts-of(pub) }) AS offers
}
