// Only what the caller's $scope may see is listed or counted (docs/security.md, "Tenant scoping").
// Keyset page ordered by id. Filters, each ignored when null: the name contains $nameContains
// (case-insensitive); the publisher is (or is not) Microsoft.
CALL () {
  MATCH (p:Publisher)
  WHERE ($afterId IS NULL OR p.id > $afterId)
    AND ($scope.all OR $scope.partnerId IS NOT NULL OR p.id = $scope.publisherId)
    AND ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains))
    AND ($isMicrosoft IS NULL OR p.isMicrosoft = $isMicrosoft)
  WITH p ORDER BY p.id LIMIT toInteger($limit)
  RETURN collect(p { .id, .name, .isMicrosoft }) AS nodes
}
CALL () {
  MATCH (p:Publisher)
  WHERE ($scope.all OR $scope.partnerId IS NOT NULL OR p.id = $scope.publisherId)
    AND ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains))
    AND ($isMicrosoft IS NULL OR p.isMicrosoft = $isMicrosoft)
  RETURN count(p) AS totalCount
}
RETURN nodes, totalCount
