// Takes the write lock of one customer and keeps it until the caller's transaction ends: a test
// makes a request wait on it, to have a transaction that runs for as long as the test wants.
MATCH (c:Customer {id: $id})
SET c.name = c.name
RETURN c.id AS id
