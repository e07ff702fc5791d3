// Only what the caller's $scope may see exists or is counted (docs/security.md, "Tenant scoping").
// What an outage of a publisher (all its offers) or of one offer reaches: the publisher, the
// offers, and how many customers and subscriptions use them. Publisher null: nothing was found.
// Time-bound relationships count only while in force now (validFrom <= now < validTo).
OPTIONAL MATCH (named:Publisher {id: $publisherId})
OPTIONAL MATCH (:Offer {id: $offerId})-[:PUBLISHED_BY]->(offerPublisher:Publisher)
WITH coalesce(named, offerPublisher) AS found
// Out of scope reads exactly as not found.
WITH CASE WHEN $scope.all OR $scope.partnerId IS NOT NULL OR found.id = $scope.publisherId THEN found END AS publisher
CALL (publisher) {
  MATCH (o:Offer)-[:PUBLISHED_BY]->(publisher)
  WHERE $offerId IS NULL OR o.id = $offerId
  WITH o ORDER BY o.id
  RETURN collect(o { .id, .name, publisherId: publisher.id }) AS offers
}
CALL (offers) {
  UNWIND offers AS offer
  MATCH (:Offer {id: offer.id})<-[:FOR_OFFER]-(s:Subscription)<-[now1:HAS_SUBSCRIPTION WHERE now1.validFrom <= datetime() AND (now1.validTo IS NULL OR now1.validTo > datetime())]-(c:Customer)
  WHERE ($scope.all
      OR EXISTS { (s)-[now2:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now2.validFrom <= datetime() AND (now2.validTo IS NULL OR now2.validTo > datetime())]->(:Partner {id: $scope.partnerId}) }
      OR EXISTS { (s)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) })
  RETURN count(DISTINCT c) AS customerCount, count(DISTINCT s) AS subscriptionCount
}
RETURN publisher { .id, .name, .isMicrosoft } AS publisher, offers, customerCount, subscriptionCount
