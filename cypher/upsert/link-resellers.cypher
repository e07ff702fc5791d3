UNWIND $rows AS row
MATCH (reseller:Partner {id: row.resellerId, kind: 'INDIRECT_RESELLER'})
MATCH (provider:Partner {id: row.providerId, kind: 'INDIRECT_PROVIDER'})
MERGE (reseller)-[:BUYS_THROUGH]->(provider)
