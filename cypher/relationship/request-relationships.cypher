// Records each pending relationship request (one node per pair, whoever asked: a second request
// for the same pair changes nothing), unless the relationship it asks for is open already. The
// request keeps who asked and when; the other side need not exist (it is checked on acceptance),
// so that a request tells nothing of what exists. Taken under the request's write lock.
UNWIND $rows AS row
WITH row
WHERE NOT (row.kind = 'CUSTOMER'
           AND EXISTS { (:Partner {id: row.fromId})-[r:HAS_RELATIONSHIP_WITH WHERE r.validTo IS NULL]->(:Customer {id: row.toId}) })
  AND NOT (row.kind = 'RESELLER_LINK'
           AND EXISTS { (:Partner {id: row.fromId})-[l:BUYS_THROUGH WHERE l.validTo IS NULL]->(:Partner {id: row.toId}) })
MERGE (q:RelationshipRequest {id: row.id})
ON CREATE SET q.kind = row.kind, q.fromId = row.fromId, q.toId = row.toId, q.requestingPartnerId = row.requestingPartnerId,
              q.requestedBy = row.requestedBy, q.requestedAt = datetime(row.at)
