// Sets who plays a role on each subscription from `at` on. Types: SOLD_BY (partner of record),
// SUPPLIED_BY (indirect provider), DESIGNATED_SUPPORT (designated reseller); a null partyId means
// none. The current relationship of that type ends at `at` when it points elsewhere, and a new one
// begins then. The subscription is locked first, so concurrent writers never both add one, and an
// ended subscription is left as it ended (another writer may have ended it since this one looked).
UNWIND $rows AS row
MATCH (s:Subscription {id: row.subscriptionId})
SET s._lock = true
REMOVE s._lock
WITH s, row, datetime(row.at) AS at
WHERE NOT EXISTS { ()-[h:HAS_SUBSCRIPTION]->(s) WHERE h.validTo IS NOT NULL }
OPTIONAL MATCH (s)-[cur:$(row.type)]->(old:Partner)
WHERE cur.validTo IS NULL
WITH s, row, at, collect(cur) AS current, collect(old.id) AS oldIds
WHERE oldIds <> CASE WHEN row.partyId IS NULL THEN [] ELSE [row.partyId] END
FOREACH (r IN current | SET r.validTo = at)
WITH s, row, at
OPTIONAL MATCH (p:Partner {id: row.partyId})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (s)-[:$(row.type) {validFrom: at}]->(p))
