// Publishers with these ids that the caller's $scope may see: the whole catalogue for partners
// and analysts, only itself for a publisher.
UNWIND $ids AS id
MATCH (p:Publisher {id: id})
WHERE $scope.all OR $scope.partnerId IS NOT NULL OR p.id = $scope.publisherId
RETURN p { .id, .name, .isMicrosoft } AS publisher
