// The subscriptions a customer holds at $at that $scope may see, bound as
// @match-held-subscriptions binds them. A page, its count and the customer's list select through here.
// @fragment subscriptions-held-by(customerId, customer, held, sub, offer, publisher, partner)
@match-held-subscriptions({customer}, {held}, {sub}, {offer}, {publisher}, {partner})
WHERE {customer}.id = {customerId} AND @visible-subscription({sub})
