UNWIND $ids AS id
MATCH (c:Customer {id: id})
RETURN c { .id, .name } AS customer
