// The offers of these publishers that the caller's $scope may see, ordered by id.
UNWIND $ids AS publisherId
MATCH (o:Offer)-[:PUBLISHED_BY]->(p:Publisher {id: publisherId})
WHERE @visible-publisher(p)
WITH o, p ORDER BY o.id
RETURN @offer-fields(o, p) AS offer
