// Ends each current reseller → provider link at `at`; the reseller's current subscriptions through
// that provider move to `moveTo` (their SUPPLIED_BY ends and a new one begins at `at`).
UNWIND $rows AS row
MATCH (reseller:Partner {id: row.resellerId})-[link:BUYS_THROUGH]->(provider:Partner {id: row.providerId})
WHERE link.validTo IS NULL
SET link.validTo = datetime(row.at)
WITH row, reseller, provider
OPTIONAL MATCH (target:Partner {id: row.moveTo})
CALL (row, reseller, provider, target) {
  MATCH (s:Subscription)-[sold:SOLD_BY]->(reseller)
  WHERE sold.validTo IS NULL
  MATCH (s)-[sup:SUPPLIED_BY]->(provider)
  WHERE sup.validTo IS NULL
  SET sup.validTo = datetime(row.at)
  FOREACH (_ IN CASE WHEN target IS NULL THEN [] ELSE [1] END | CREATE (s)-[:SUPPLIED_BY {validFrom: datetime(row.at)}]->(target))
}
