// Test support: the pending relationship requests, open customer relationships, reseller links
// and audit records of a test's entities (ids starting with the prefix).
CALL () { MATCH (q:RelationshipRequest) WHERE q.fromId STARTS WITH $prefix OR q.toId STARTS WITH $prefix RETURN count(q) AS requests }
CALL () { MATCH (:Partner)-[r:HAS_RELATIONSHIP_WITH]->(c:Customer) WHERE c.id STARTS WITH $prefix AND r.validTo IS NULL RETURN count(r) AS customerRelationships }
CALL () { MATCH (n:Partner)-[l:BUYS_THROUGH]->(:Partner) WHERE n.id STARTS WITH $prefix AND l.validTo IS NULL RETURN count(l) AS links }
CALL () { MATCH (n:Change) WHERE n.entityId STARTS WITH $prefix RETURN count(n) AS changes }
RETURN requests, customerRelationships, links, changes
