// What an outage of a publisher (all its offers) or of one offer reaches: the publisher, the
// offers, and how many customers and subscriptions hold them at $at. Only what the caller's $scope
// may see exists or counts: an unseen publisher reads exactly as not found (publisher null).
OPTIONAL MATCH (named:Publisher {id: $publisherId})
OPTIONAL MATCH (:Offer {id: $offerId})-[:PUBLISHED_BY]->(offerPublisher:Publisher)
WITH coalesce(named, offerPublisher) AS found
WITH CASE WHEN @visible-publisher(found) THEN found END AS publisher
CALL (publisher) {
  MATCH (o:Offer)-[:PUBLISHED_BY]->(publisher)
  WHERE $offerId IS NULL OR o.id = $offerId
  WITH o ORDER BY o.id
  RETURN collect(@offer-fields(o, publisher)) AS offers
}
CALL (offers) {
  WITH [offer IN offers | offer.id] AS offerIds
  @outage-holders(offerIds, s, c)
  // Each subscription comes once (@outage-holders), so it is counted without DISTINCT; a customer
  // holds many, so customers are counted DISTINCT.
  RETURN count(DISTINCT c) AS customerCount, count(s) AS subscriptionCount
}
RETURN @publisher-fields(publisher) AS publisher, offers, customerCount, subscriptionCount
