// Records, with the idempotency key a write claimed, how many entities it changed and the write's
// moment ($at, chosen once the write holds its locks: what a retry answers with).
MATCH (k:MutationKey {key: $key})
SET k.changed = $changed, k.at = $at
