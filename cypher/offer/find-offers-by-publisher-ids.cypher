// The offers of these publishers that the caller's $scope may see, ordered by id.
UNWIND $ids AS publisherId
MATCH (o:Offer)-[:PUBLISHED_BY]->(p:Publisher {id: publisherId})
WHERE $scope.all OR $scope.partnerId IS NOT NULL OR p.id = $scope.publisherId
WITH publisherId, o ORDER BY o.id
RETURN o.id AS id, o.name AS name, publisherId
