// A caller's idempotency key ($key: the caller and its clientMutationId) as a committed write
// left it (write/claim-mutation-key, write/settle-mutation-key), or no row: read before the
// checks a retry of that write need not pass again.
MATCH (k:MutationKey {key: $key})
RETURN k.operation AS operation, k.fingerprint AS fingerprint, k.changed AS changed, k.at.epochMillis AS at,
       k.writtenAt.epochMillis AS writtenAt
