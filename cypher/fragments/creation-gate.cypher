// Writes that create entities of one kind ($gate: the write operation) take turns: a node not yet
// created has no lock of its own, so two writes creating the same id would both read "absent" and
// both record the creation. The gate is a node per operation, written to (so locked) until the
// transaction ends.
// @fragment creation-gate()
MERGE (g:WriteGate {name: $gate})
SET g.at = $at
