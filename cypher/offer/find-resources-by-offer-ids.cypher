// The resources (documentation, training, outage notifications…) the ISV gives partners for each of
// these offers that the caller's $scope may see, ordered by kind then id within an offer.
UNWIND $ids AS offerId
MATCH (pub:Publisher)<-[:PUBLISHED_BY]-(o:Offer {id: offerId})-[:HAS_RESOURCE]->(r:Resource)
WHERE @visible-publisher(pub)
WITH o, r ORDER BY r.kind, r.id
RETURN @resource-fields(r, o) AS resource
