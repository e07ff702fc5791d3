// The fields of an OfferRecord (src/graph/records.ts), given the offer and its publisher.
// @fragment offer-fields(offer, publisher)
{offer} { .id, .name, .offerType, publisherId: {publisher}.id, category: @offer-category({publisher}) }
