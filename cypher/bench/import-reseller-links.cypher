// Bench baseline import (see import-publishers.cypher).
UNWIND $rows AS row
MATCH (reseller:Partner {id: row.resellerId})
MATCH (provider:Partner {id: row.providerId})
MERGE (reseller)-[l:BUYS_THROUGH]->(provider)
ON CREATE SET l.validFrom = datetime(coalesce(row.validFrom, $at)),
              l.validTo = CASE WHEN row.validTo IS NULL THEN null ELSE datetime(row.validTo) END
WITH row, row.resellerId AS key
CREATE (:Change {
  id: row.changeId, at: datetime($at), callerId: $callerId, operation: $operation, source: $source,
  entityType: $entityType, entityId: key, before: null, after: row.after
})
