// Only what the caller's $scope may see is listed or counted (docs/security.md, "Tenant scoping").
// Keyset page ordered by id. Filters, each ignored when null: the name contains $nameContains
// (case-insensitive); the offer is published by $publisherId; its publisher is (or is not) Microsoft.
CALL () {
  MATCH (o:Offer)-[:PUBLISHED_BY]->(pub:Publisher)
  WHERE ($afterId IS NULL OR o.id > $afterId)
    AND ($scope.all OR $scope.partnerId IS NOT NULL OR pub.id = $scope.publisherId)
    AND ($nameContains IS NULL OR toLower(o.name) CONTAINS toLower($nameContains))
    AND ($publisherId IS NULL OR pub.id = $publisherId)
    AND ($isMicrosoft IS NULL OR pub.isMicrosoft = $isMicrosoft)
  WITH o, pub ORDER BY o.id LIMIT toInteger($limit)
  RETURN collect(o { .id, .name, publisherId: pub.id }) AS nodes
}
CALL () {
  MATCH (o:Offer)-[:PUBLISHED_BY]->(pub:Publisher)
  WHERE ($scope.all OR $scope.partnerId IS NOT NULL OR pub.id = $scope.publisherId)
    AND ($nameContains IS NULL OR toLower(o.name) CONTAINS toLower($nameContains))
    AND ($publisherId IS NULL OR pub.id = $publisherId)
    AND ($isMicrosoft IS NULL OR pub.isMicrosoft = $isMicrosoft)
  RETURN count(o) AS totalCount
}
RETURN nodes, totalCount
