// The partner of record is a direct partner or a reseller; a reseller's subscription also names
// the indirect provider it bought through.
UNWIND $rows AS row
MATCH (c:Customer {id: row.customerId})
MATCH (o:Offer {id: row.offerId})
MATCH (p:Partner {id: row.partnerId})
OPTIONAL MATCH (provider:Partner {id: row.providerId, kind: 'INDIRECT_PROVIDER'})
MERGE (s:Subscription {id: row.id})
MERGE (c)-[:HAS_SUBSCRIPTION]->(s)
MERGE (s)-[:FOR_OFFER]->(o)
MERGE (s)-[:SOLD_BY]->(p)
FOREACH (_ IN CASE WHEN provider IS NULL THEN [] ELSE [1] END | MERGE (s)-[:SUPPLIED_BY]->(provider))
// Partner Center's designated support contact: only a reseller that buys through the
// subscription's provider qualifies. The row states the designation: any other one is removed.
WITH s, row, provider
OPTIONAL MATCH (designated:Partner {id: row.designatedSupportId, kind: 'INDIRECT_RESELLER'})-[:BUYS_THROUGH]->(provider)
CALL (s, designated) {
  OPTIONAL MATCH (s)-[previous:DESIGNATED_SUPPORT]->(other:Partner)
  WHERE designated IS NULL OR other <> designated
  DELETE previous
}
FOREACH (_ IN CASE WHEN designated IS NULL THEN [] ELSE [1] END | MERGE (s)-[:DESIGNATED_SUPPORT]->(designated))
