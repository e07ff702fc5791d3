// Contacts with these ids whose owner (a partner, a publisher, or an offer and so its publisher)
// the caller's $scope may see.
// Time-bound relationships count only while in force now (validFrom <= now < validTo).
UNWIND $ids AS id
MATCH (owner)-[:HAS_CONTACT]->(c:SupportContact {id: id})
OPTIONAL MATCH (owner)-[:PUBLISHED_BY]->(offerPublisher:Publisher)
WITH c, owner, coalesce(offerPublisher, owner) AS publisher
WHERE (owner:Partner AND ($scope.all OR owner.id = $scope.partnerId
    OR EXISTS { (owner)-[now1:BUYS_THROUGH WHERE now1.validFrom <= datetime() AND (now1.validTo IS NULL OR now1.validTo > datetime())]-(:Partner {id: $scope.partnerId}) }
    OR EXISTS { (owner)<-[now2:SOLD_BY|SUPPLIED_BY WHERE now2.validFrom <= datetime() AND (now2.validTo IS NULL OR now2.validTo > datetime())]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) }))
   OR (publisher:Publisher AND ($scope.all OR $scope.partnerId IS NOT NULL OR publisher.id = $scope.publisherId))
RETURN c { .id, .kind, .name, .email, .phone, .url, .hours, .sla } AS contact
