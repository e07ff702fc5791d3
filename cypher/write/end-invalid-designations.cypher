// Partner Center lets only a reseller that buys through the subscription's provider be its
// designated support: ends, at `at`, each current designation of these subscriptions that no longer holds.
UNWIND $rows AS row
MATCH (s:Subscription {id: row.subscriptionId})-[d:DESIGNATED_SUPPORT]->(reseller:Partner)
WHERE d.validTo IS NULL
OPTIONAL MATCH (s)-[sup:SUPPLIED_BY]->(provider:Partner)
WHERE sup.validTo IS NULL
WITH row, d, reseller, provider
WHERE provider IS NULL OR NOT EXISTS { (reseller)-[l:BUYS_THROUGH]->(provider) WHERE l.validTo IS NULL }
SET d.validTo = datetime(row.at)
