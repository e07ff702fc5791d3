// Records that migration $id is applied, unless it already is: `claimed` is true only for the
// transaction that created the record (the uniqueness constraint makes a concurrent one wait, then
// find it), which then runs the migration in the same transaction.
MERGE (m:Migration {id: $id})
ON CREATE SET m.appliedAt = $at, m.claim = $claim
RETURN m.claim = $claim AS claimed
