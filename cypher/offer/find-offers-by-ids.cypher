// Offers with these ids that the caller's $scope may see (@visible-publisher of their publisher).
UNWIND $ids AS id
MATCH (o:Offer {id: id})-[:PUBLISHED_BY]->(p:Publisher)
WHERE @visible-publisher(p)
RETURN @offer-fields(o, p) AS offer
