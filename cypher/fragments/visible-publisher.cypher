// Tenant scoping: the catalogue (publishers and their offers) is visible to every partner and to
// the platform; a publisher sees only itself.
// @fragment visible-publisher(publisher)
($scope.all OR $scope.partnerId IS NOT NULL OR {publisher}.id = $scope.publisherId)
