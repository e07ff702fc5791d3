// The subscriptions to `offer` held at $at, with the customers holding them, whoever may see them:
// a pattern, after MATCH or OPTIONAL MATCH (@holders-of adds the caller's scope).
// No label is tested on `sub` or `customer`: only a Subscription has a FOR_OFFER relationship and
// only a Customer a HAS_SUBSCRIPTION one (upsert/upsert-subscriptions creates both, nothing else
// does), so the labels would only cost a read per subscription and per customer. Each subscription
// has exactly one FOR_OFFER and one HAS_SUBSCRIPTION, created with it and never changed (a
// subscription's customer and offer never change: src/domain/write-rules.ts), so the pattern gives
// each subscription at most once per offer.
// @fragment held-at(offer, sub, held, customer)
({offer})<-[:FOR_OFFER]-({sub})<-[{held}:HAS_SUBSCRIPTION WHERE @in-force({held})]-({customer})
