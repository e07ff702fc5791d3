// The subscriptions these customers hold at $at that the caller's $scope may see, with their
// offers, publishers and contacts (fragments/subscriptions-with-offers.cypher). One row.
WITH $ids AS ids
@subscriptions-with-offers(ids)
RETURN subscriptions, offers
