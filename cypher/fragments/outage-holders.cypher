// What an outage of the offers whose ids are in the list `offerIds` reaches: the subscriptions to
// them held at $at that $scope may see, each once, as `sub`, with the customer holding it, as
// `customer` — the rows of MATCH @holders-of over each offer, found from where the caller's scope
// makes them few (one branch runs; the others stop at their test on parameters):
// - a partner sees the subscriptions it sells, supplies or supports at $at: they are found from its
//   own links, not by testing every holder of the offers (at 100k customers, Microsoft's outage
//   for a reseller: 2.58M db hits before, 0.27M after);
// - a publisher sees every subscription to its own offers and none of another's: the offers are
//   kept when they are its own, and their holders need no test each;
// - the service's analysts see every holder (and a caller with neither, none): @holders-of.
// @fragment outage-holders(offerIds, sub, customer)
CALL ({offerIds}) {
  WITH {offerIds} AS ids WHERE $scope.partnerId IS NULL AND $scope.publisherId IS NULL
  UNWIND ids AS offerId
  MATCH (o:Offer {id: offerId})
  MATCH @holders-of(o, s, h, c)
  RETURN s AS {sub}, c AS {customer}
  UNION ALL
  WITH {offerIds} AS ids WHERE $scope.partnerId IS NOT NULL
  MATCH (:Partner {id: $scope.partnerId})<-[own:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE @in-force(own)]-(s:Subscription)
  WITH DISTINCT ids, s
  MATCH (s)-[:FOR_OFFER]->(o:Offer)
  WHERE o.id IN ids
  MATCH (s)<-[h:HAS_SUBSCRIPTION WHERE @in-force(h)]-(c)
  RETURN s AS {sub}, c AS {customer}
  UNION ALL
  WITH {offerIds} AS ids WHERE $scope.publisherId IS NOT NULL
  UNWIND ids AS offerId
  MATCH (o:Offer {id: offerId})-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId})
  MATCH @held-at(o, s, h, c)
  RETURN s AS {sub}, c AS {customer}
}
