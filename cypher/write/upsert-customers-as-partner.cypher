// Creates or renames each customer for a partner (creatorPartnerId, writing through a mutation;
// other writers use upsert/upsert-customers): opens the partner's customer relationship when the
// row creates the customer, and renames an existing one only when the partner has a relationship
// with it: checked again here,
// under the write's locks, because a concurrent write may have created the customer since the
// caller's rights were checked. Returns the ids of the rows refused for that reason (nothing is
// written for them; the caller's write fails). The write holds the customer's creation gate, so
// of concurrent copies exactly one creates it.
UNWIND $rows AS row
MERGE (c:Customer {id: row.id})
ON CREATE SET c._created = true
WITH row, c, c._created IS NOT NULL AS created
REMOVE c._created
WITH row, c, created
OPTIONAL MATCH (creator:Partner {id: row.creatorPartnerId})
WITH row, c, created, creator,
     created OR (creator IS NOT NULL AND @customer-relationship(creator, c)) AS allowed
SET c.name = CASE WHEN allowed THEN row.name ELSE c.name END
FOREACH (_ IN CASE WHEN created AND creator IS NOT NULL THEN [1] ELSE [] END |
  CREATE (creator)-[:HAS_RELATIONSHIP_WITH {
    validFrom: $at, origin: 'CREATED', requestedBy: row.createdBy, requestedAt: $at, acceptedAt: $at
  }]->(c))
WITH row, allowed
WHERE NOT allowed
RETURN row.id AS id
