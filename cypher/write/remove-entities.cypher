// Removes each entity of the named type with what only it owns (see find-removal-blockers).
UNWIND $rows AS row
CALL (row) {
  OPTIONAL MATCH (n:Customer {id: row.id}) WHERE row.type = 'Customer' RETURN n
  UNION
  OPTIONAL MATCH (n:Partner {id: row.id}) WHERE row.type = 'Partner' RETURN n
  UNION
  OPTIONAL MATCH (n:Publisher {id: row.id}) WHERE row.type = 'Publisher' RETURN n
  UNION
  OPTIONAL MATCH (n:Offer {id: row.id}) WHERE row.type = 'Offer' RETURN n
  UNION
  OPTIONAL MATCH (n:SupportContact {id: row.id}) WHERE row.type = 'SupportContact' RETURN n
  UNION
  OPTIONAL MATCH (n:Resource {id: row.id}) WHERE row.type = 'Resource' RETURN n
}
WITH n
WHERE n IS NOT NULL
OPTIONAL MATCH (n)-[:HAS_SUBSCRIPTION|HAS_CONTACT|HAS_RESOURCE]->(owned)
WITH n, collect(owned) AS owned
FOREACH (o IN owned | DETACH DELETE o)
DETACH DELETE n
