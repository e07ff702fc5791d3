// supportPath's question, as the caller's $scope may see it at $at: `customer` ($customerId),
// `offer` ($offerId) and its `publisher`, each null when unseen or absent, and the subscriptions
// (`sub`, through `held`) the customer holds to the offer at $at, all or the one $subscriptionId
// names, visible to $scope (null when none).
// @fragment match-subscription-candidates(customer, offer, publisher, held, sub)
OPTIONAL MATCH ({customer}:Customer {id: $customerId})
WHERE @visible-customer({customer})
OPTIONAL MATCH ({offer}:Offer {id: $offerId})-[:PUBLISHED_BY]->({publisher}:Publisher)
WHERE @visible-publisher({publisher})
OPTIONAL MATCH ({customer})-[{held}:HAS_SUBSCRIPTION WHERE @in-force({held})]->({sub}:Subscription)-[:FOR_OFFER]->({offer})
WHERE ($subscriptionId IS NULL OR {sub}.id = $subscriptionId)
  AND @visible-subscription({sub})
