// Records, with the idempotency key a write claimed, how many entities it changed and the write's
// moment (taken under its locks): a retry reads back what the write left as it left it.
MATCH (k:MutationKey {key: $key})
SET k.changed = $changed, k.writtenAt = datetime($writtenAt)
