// The subscriptions to `offer` held at $at that $scope may see, with the customers holding them:
// whom an offer's gap affects. A pattern and its WHERE, after MATCH or OPTIONAL MATCH.
// @fragment holders-of(offer, sub, held, customer)
@held-at({offer}, {sub}, {held}, {customer})
WHERE @visible-subscription({sub})
