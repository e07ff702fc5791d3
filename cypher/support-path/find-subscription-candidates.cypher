// Whether the customer and offer exist for the caller's $scope (at $at), and which of the
// customer's subscriptions to the offer (all, or the one named) it holds at $at and the caller
// may see then, ordered by id.
@match-subscription-candidates(c, o, pub, h, s)
WITH c, o, s
ORDER BY s.id
RETURN c IS NOT NULL AS customerFound, o IS NOT NULL AS offerFound, collect(s.id) AS subscriptionIds
