// Opens each reseller → provider link that is not open yet, from validFrom; a row with validTo
// closes it then. A row whose link already closed at that validTo changes nothing, so loading the
// same rows twice leaves the graph as it was. The reseller is locked first, so concurrent writers
// never both open one.
UNWIND $rows AS row
MATCH (reseller:Partner {id: row.resellerId, kind: 'INDIRECT_RESELLER'})
MATCH (provider:Partner {id: row.providerId, kind: 'INDIRECT_PROVIDER'})
SET reseller._lock = true
REMOVE reseller._lock
WITH row, reseller, provider, CASE WHEN row.validTo IS NULL THEN null ELSE datetime(row.validTo) END AS validTo
FOREACH (_ IN CASE WHEN EXISTS { (reseller)-[l:BUYS_THROUGH]->(provider) WHERE l.validTo IS NULL OR l.validTo = validTo } THEN [] ELSE [1] END |
  CREATE (reseller)-[:BUYS_THROUGH {validFrom: datetime(row.validFrom)}]->(provider))
WITH reseller, provider, validTo
WHERE validTo IS NOT NULL
MATCH (reseller)-[l:BUYS_THROUGH]->(provider)
WHERE l.validTo IS NULL
SET l.validTo = validTo
