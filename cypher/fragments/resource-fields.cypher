// The fields of a ResourceRecord (src/graph/records.ts), given the resource and its offer.
// @fragment resource-fields(resource, offer)
{resource} { .id, .kind, .url, offerId: {offer}.id }
