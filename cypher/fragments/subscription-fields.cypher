// The fields of a SubscriptionRecord (src/graph/records.ts): the subscription as its customer holds
// it through `held` (HAS_SUBSCRIPTION), with the partner of record it was sold by, and its indirect
// provider and designated support contact in force at $at (null when none).
// @fragment subscription-fields(sub, held, customer, offer, partner)
{sub} { .id, customerId: {customer}.id, offerId: {offer}.id, partnerOfRecordId: {partner}.id, partnerKind: {partner}.kind,
        indirectProviderId: head([({sub})-[{sub}_sup:SUPPLIED_BY WHERE @in-force({sub}_sup)]->({sub}_provider:Partner) | {sub}_provider.id]),
        designatedSupportId: head([({sub})-[{sub}_des:DESIGNATED_SUPPORT WHERE @in-force({sub}_des)]->({sub}_designated:Partner) | {sub}_designated.id]),
        startedAt: {held}.validFrom.epochMillis, endedAt: {held}.validTo.epochMillis }
