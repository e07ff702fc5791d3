// A time-bound relationship (HAS_SUBSCRIPTION, SOLD_BY, SUPPLIED_BY, DESIGNATED_SUPPORT,
// BUYS_THROUGH) is in force at the request's moment $at when validFrom <= $at < validTo; an open
// one has no validTo. $at is chosen by the service (default: when the request arrived).
// @fragment in-force(rel)
(@begun({rel}) AND ({rel}.validTo IS NULL OR {rel}.validTo > $at))
