// The subscriptions these customers hold at $at that the caller's $scope may see, with the parties
// they had then, ordered by subscription id within a customer.
UNWIND $ids AS customerId
@match-held-subscriptions(c, h, s, o, pub, p)
WHERE c.id = customerId AND @visible-subscription(s)
WITH c, h, s, o, p ORDER BY s.id
RETURN @subscription-fields(s, h, c, o, p) AS subscription
