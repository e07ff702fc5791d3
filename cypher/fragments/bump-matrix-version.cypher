// After a write of the matrix (rows of any cardinality): moves the matrix's version, locked first
// so two writers never give the same one. Instances that cache the matrix read the version with
// each path (support-path/find-path-parties) and drop their copy when it has moved.
// @fragment bump-matrix-version()
WITH count(*) AS written
MERGE (m:SupportMatrix {id: 'support-matrix'})
SET m._lock = true
REMOVE m._lock
SET m.version = coalesce(m.version, 0) + 1
