// The periods of a subscription's SOLD_BY relationships, oldest first (epoch milliseconds; an open
// one has no end), for the concurrency tests.
MATCH (:Subscription {id: $subscriptionId})-[r:SOLD_BY]->(:Partner)
WITH r ORDER BY r.validFrom, r.validTo
RETURN collect({from: r.validFrom.epochMillis, to: r.validTo.epochMillis}) AS periods
