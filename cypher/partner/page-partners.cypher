// Keyset page ordered by id. Filters, each ignored when null: the name contains $nameContains
// (case-insensitive); the partner is of $kind.
CALL () {
  MATCH (p:Partner)
  WHERE ($afterId IS NULL OR p.id > $afterId)
    AND ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains))
    AND ($kind IS NULL OR p.kind = $kind)
  WITH p ORDER BY p.id LIMIT toInteger($limit)
  RETURN collect(p { .id, .name, .kind }) AS nodes
}
CALL () {
  MATCH (p:Partner)
  WHERE ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains))
    AND ($kind IS NULL OR p.kind = $kind)
  RETURN count(p) AS totalCount
}
RETURN nodes, totalCount
