// The subscriptions to `offer` held at $at that $scope may see, with the customers holding them:
// what an outage of the offer reaches, and whom an offer's gap affects. A pattern and its WHERE,
// after MATCH or OPTIONAL MATCH.
// @fragment holders-of(offer, sub, held, customer)
({offer})<-[:FOR_OFFER]-({sub}:Subscription)<-[{held}:HAS_SUBSCRIPTION WHERE @in-force({held})]-({customer}:Customer)
WHERE @visible-subscription({sub})
