// The subscriptions to an offer held at $at that $scope may see, bound as
// @match-held-subscriptions binds them. A page and its count select through here.
// @fragment subscriptions-to(offerId, customer, held, sub, offer, publisher, partner)
@match-held-subscriptions({customer}, {held}, {sub}, {offer}, {publisher}, {partner})
WHERE {offer}.id = {offerId} AND @visible-subscription({sub})
