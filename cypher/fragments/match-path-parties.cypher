// Every party a support step can bind to, for a subscription held at $at: its customer (`held`
// in force), its offer and the offer's publisher, the partner of record that sold it, and
// (optional, null when none) the indirect provider it bought through, the reseller designated as
// its support contact, and Microsoft. Relationships not in force at $at are ignored.
// @fragment match-path-parties(sub, held, customer, offer, publisher, partner, provider, designated, microsoft)
MATCH ({customer}:Customer)-[{held}:HAS_SUBSCRIPTION WHERE @in-force({held})]->({sub})-[:FOR_OFFER]->({offer}:Offer)-[:PUBLISHED_BY]->({publisher}:Publisher)
MATCH ({sub})-[{sub}_sold:SOLD_BY WHERE @in-force({sub}_sold)]->({partner}:Partner)
OPTIONAL MATCH ({sub})-[{sub}_sup:SUPPLIED_BY WHERE @in-force({sub}_sup)]->({provider}:Partner)
OPTIONAL MATCH ({sub})-[{sub}_des:DESIGNATED_SUPPORT WHERE @in-force({sub}_des)]->({designated}:Partner)
OPTIONAL MATCH ({microsoft}:Publisher {isMicrosoft: true})
