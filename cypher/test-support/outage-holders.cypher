// Test support (test/integration/analyst/outage-holders.test.ts): the subscriptions and customers
// an outage of the offers $offerIds reaches under $scope, as the outage statements find them
// (@outage-holders), each subscription as often as it comes.
WITH $offerIds AS offerIds
@outage-holders(offerIds, s, c)
RETURN collect(s.id) AS subscriptionIds, collect(DISTINCT c.id) AS customerIds
