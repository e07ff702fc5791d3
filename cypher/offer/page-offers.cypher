// One keyset page of the offers @offer-filter keeps, ordered by id, and how many it keeps.
CALL () {
  MATCH (o:Offer)-[:PUBLISHED_BY]->(pub:Publisher)
  WHERE ($afterId IS NULL OR o.id > $afterId) AND @offer-filter(o, pub)
  WITH o, pub ORDER BY o.id LIMIT toInteger($limit)
  RETURN collect(@offer-fields(o, pub)) AS nodes
}
CALL () {
  MATCH (o:Offer)-[:PUBLISHED_BY]->(pub:Publisher)
  WHERE @offer-filter(o, pub)
  RETURN count(o) AS totalCount
}
RETURN nodes, totalCount
