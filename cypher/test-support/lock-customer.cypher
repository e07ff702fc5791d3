// Test support: takes the write lock on a customer (the caller rolls back), so writes to it wait.
MATCH (c:Customer {id: $id})
SET c.name = c.name
RETURN c.id AS id
