// Opens each partner → customer relationship that is not open yet, from validFrom, keeping how it
// came about (origin), who asked and when (from the pending request, if any) and who accepted; the
// pending request is consumed. Runs under the customer's write lock, so concurrent copies open one.
UNWIND $rows AS row
MATCH (partner:Partner {id: row.fromId})
MATCH (customer:Customer {id: row.toId})
OPTIONAL MATCH (q:RelationshipRequest {id: row.requestId})
WITH row, partner, customer, q
FOREACH (_ IN CASE WHEN EXISTS { (partner)-[r:HAS_RELATIONSHIP_WITH]->(customer) WHERE r.validTo IS NULL } THEN [] ELSE [1] END |
  CREATE (partner)-[:HAS_RELATIONSHIP_WITH {
    validFrom: datetime(row.validFrom), origin: row.origin,
    requestedBy: q.requestedBy, requestedAt: q.requestedAt,
    acceptedBy: row.acceptedBy, acceptedAt: datetime(row.at)
  }]->(customer))
WITH q
WHERE q IS NOT NULL
DELETE q
