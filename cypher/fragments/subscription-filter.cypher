// The subscription list's filters, each ignored when null, and tenant scoping
// (@visible-subscription): the customer, the offer, the offer's publisher, the offer's $category, the kinds of partner of record a sales model allows ($partnerKinds), and a
// partner that sold or supplied it at $at ($servedByPartnerId).
// @fragment subscription-filter(customer, sub, offer, publisher, partner)
(@visible-subscription({sub})
 AND ($customerId IS NULL OR {customer}.id = $customerId)
 AND ($offerId IS NULL OR {offer}.id = $offerId)
 AND ($publisherId IS NULL OR {publisher}.id = $publisherId)
 AND ($category IS NULL OR @offer-category({publisher}) = $category)
 AND ($partnerKinds IS NULL OR {partner}.kind IN $partnerKinds)
 AND ($servedByPartnerId IS NULL OR {partner}.id = $servedByPartnerId
      OR EXISTS { ({sub})-[{sub}_served:SUPPLIED_BY WHERE @in-force({sub}_served)]->(:Partner {id: $servedByPartnerId}) }))
