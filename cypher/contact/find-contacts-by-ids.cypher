// Contacts with these ids whose owner (a partner, a publisher, or an offer and so its publisher)
// the caller's $scope may see.
UNWIND $ids AS id
MATCH (owner)-[:HAS_CONTACT]->(c:SupportContact {id: id})
OPTIONAL MATCH (owner)-[:PUBLISHED_BY]->(offerPublisher:Publisher)
WITH c, owner, coalesce(offerPublisher, owner) AS publisher
WHERE (owner:Partner AND ($scope.all OR owner.id = $scope.partnerId
    OR EXISTS { (owner)-[:BUYS_THROUGH]-(:Partner {id: $scope.partnerId}) }
    OR EXISTS { (owner)<-[:SOLD_BY|SUPPLIED_BY]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) }))
   OR (publisher:Publisher AND ($scope.all OR $scope.partnerId IS NOT NULL OR publisher.id = $scope.publisherId))
RETURN c { .id, .kind, .name, .email, .phone, .url, .hours, .sla } AS contact
