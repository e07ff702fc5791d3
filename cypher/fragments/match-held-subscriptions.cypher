// The subscriptions customers hold at $at (HAS_SUBSCRIPTION `held` in force), each with its offer
// and the offer's publisher, and the partner of record that sold it at $at. Callers constrain any
// of the bound variables (an id in a pattern, or WHERE) after the call.
// @fragment match-held-subscriptions(customer, held, sub, offer, publisher, partner)
MATCH ({customer}:Customer)-[{held}:HAS_SUBSCRIPTION WHERE @in-force({held})]->({sub}:Subscription)-[:FOR_OFFER]->({offer}:Offer)-[:PUBLISHED_BY]->({publisher}:Publisher)
MATCH ({sub})-[{sub}_sold:SOLD_BY WHERE @in-force({sub}_sold)]->({partner}:Partner)
