// Takes the write lock of each stored `label` node named by $batch.ids, in their order (sorted by
// the caller): writing to a node locks it until the transaction ends, and `SET n.id = n.id`
// changes nothing else. Returns one row: the ids found. `label` is a label written in the calling
// file, never a value.
// @fragment lock-ids(label)
UNWIND $batch.ids AS id
MATCH (n:{label} {id: id})
SET n.id = n.id
RETURN collect(n.id) AS found
