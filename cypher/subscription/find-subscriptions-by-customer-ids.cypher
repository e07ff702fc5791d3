// The subscriptions these customers hold at $at that the caller's $scope may see, with the parties
// they had then, ordered by subscription id within a customer. Each comes with its offer, the
// offer's publisher and both their contacts (null where the caller may not see the publisher):
// what `subscriptions { offer { publisher { contacts } } }` would otherwise ask in another statement.
UNWIND $ids AS customerId
@match-held-subscriptions(c, h, s, o, pub, p)
WHERE c.id = customerId AND @visible-subscription(s)
WITH c, h, s, o, pub, p, @visible-publisher(pub) AS offerVisible ORDER BY s.id
RETURN @subscription-fields(s, h, c, o, p) AS subscription,
       CASE WHEN offerVisible THEN @offer-fields(o, pub) END AS offer,
       CASE WHEN offerVisible THEN @contacts-of(o) END AS offerContacts,
       CASE WHEN offerVisible THEN @publisher-fields(pub) END AS publisher,
       CASE WHEN offerVisible THEN @contacts-of(pub) END AS publisherContacts
