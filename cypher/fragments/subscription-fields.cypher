// The fields of a SubscriptionRecord (src/graph/records.ts): the subscription as its customer holds
// it through `held` (HAS_SUBSCRIPTION), with `partner`, its partner of record, and its indirect
// provider (@party-at: in force at $at, or the one it ended with) and designated support contact
// (in force at $at; none once it has ended), null when none.
// @fragment subscription-fields(sub, held, customer, offer, partner)
{sub} { .id, customerId: {customer}.id, offerId: {offer}.id, partnerOfRecordId: {partner}.id, partnerKind: {partner}.kind,
        indirectProviderId: head([({sub})-[{sub}_sup:SUPPLIED_BY WHERE @party-at({sub}_sup, {held})]->({sub}_provider:Partner) | {sub}_provider.id]),
        designatedSupportId: head([({sub})-[{sub}_des:DESIGNATED_SUPPORT WHERE @in-force({sub}_des)]->({sub}_designated:Partner) | {sub}_designated.id]),
        startedAt: {held}.validFrom.epochMillis, endedAt: {held}.validTo.epochMillis }
