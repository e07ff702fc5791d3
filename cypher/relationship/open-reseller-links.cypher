// Opens each reseller → provider link (BUYS_THROUGH) that is not open yet, from validFrom, keeping
// how it came about (origin: ACCEPTED by the other side, or GRANTED by the platform operator), which
// side asked, who asked and when (from the pending request, if any) and who accepted; the pending
// request is consumed. Runs under the reseller's write lock, so concurrent copies open one.
UNWIND $rows AS row
MATCH (reseller:Partner {id: row.fromId, kind: 'INDIRECT_RESELLER'})
MATCH (provider:Partner {id: row.toId, kind: 'INDIRECT_PROVIDER'})
OPTIONAL MATCH (q:RelationshipRequest {id: row.requestId})
WITH row, reseller, provider, q
FOREACH (_ IN CASE WHEN EXISTS { (reseller)-[l:BUYS_THROUGH]->(provider) WHERE l.validTo IS NULL } THEN [] ELSE [1] END |
  CREATE (reseller)-[:BUYS_THROUGH {
    validFrom: datetime(row.validFrom), origin: row.origin,
    requestingPartnerId: q.requestingPartnerId, requestedBy: q.requestedBy, requestedAt: q.requestedAt,
    acceptingPartnerId: row.acceptingPartnerId, acceptedBy: row.acceptedBy, acceptedAt: datetime(row.at)
  }]->(provider))
WITH q
WHERE q IS NOT NULL
DELETE q
