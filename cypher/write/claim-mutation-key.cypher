// An idempotency key ($key: the caller and its clientMutationId): claimed by the first write that
// carries it, in that write's transaction (the uniqueness constraint makes a concurrent retry wait,
// then find it). A later write with the key gets back what the first one recorded: its operation,
// the fingerprint of its input, how many entities it changed, and when (the request's moment, and
// the write's own once settled).
MERGE (k:MutationKey {key: $key})
ON CREATE SET k.claim = $claim, k.operation = $operation, k.fingerprint = $fingerprint, k.at = $at
RETURN k.claim = $claim AS fresh, k.operation AS operation, k.fingerprint AS fingerprint, k.changed AS changed, k.at.epochMillis AS at,
       k.writtenAt.epochMillis AS writtenAt
