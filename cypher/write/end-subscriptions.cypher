// Ends each open subscription at `at`: its customer link and every party relationship it has.
UNWIND $rows AS row
MATCH (:Customer)-[h:HAS_SUBSCRIPTION]->(s:Subscription {id: row.subscriptionId})
WHERE h.validTo IS NULL
SET h.validTo = datetime(row.at)
WITH s, h
MATCH (s)-[r:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner)
WHERE r.validTo IS NULL
SET r.validTo = h.validTo
