// The subscriptions these customers hold at $at that the caller's $scope may see, with the parties
// they had then, ordered by subscription id within a customer.
UNWIND $ids AS customerId
@subscriptions-held-by(customerId, c, h, s, o, pub, p)
WITH c, h, s, o, p ORDER BY s.id
RETURN @subscription-fields(s, h, c, o, p) AS subscription
