// Records, with the idempotency key a write claimed, how many entities it changed.
MATCH (k:MutationKey {key: $key})
SET k.changed = $changed
