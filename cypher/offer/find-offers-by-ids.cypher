// Offers with these ids that the caller's $scope may see (as their publisher).
UNWIND $ids AS id
MATCH (o:Offer {id: id})-[:PUBLISHED_BY]->(p:Publisher)
WHERE $scope.all OR $scope.partnerId IS NOT NULL OR p.id = $scope.publisherId
RETURN o.id AS id, o.name AS name, p.id AS publisherId
