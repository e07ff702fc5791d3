// Creates or renames each customer. A row naming creatorPartnerId (a partner creating it through
// a mutation) opens that partner's customer relationship, only when this row created the customer:
// renaming an existing one opens nothing. The write holds the customer's creation gate, so of
// concurrent copies exactly one creates it.
UNWIND $rows AS row
MERGE (c:Customer {id: row.id})
ON CREATE SET c._created = true
SET c.name = row.name
WITH row, c, c._created IS NOT NULL AS created
REMOVE c._created
WITH row, c, created
WHERE created AND row.creatorPartnerId IS NOT NULL
MATCH (p:Partner {id: row.creatorPartnerId})
CREATE (p)-[:HAS_RELATIONSHIP_WITH {
  validFrom: $at, origin: 'CREATED', requestedBy: row.createdBy, requestedAt: $at, acceptedBy: null, acceptedAt: $at
}]->(c)
