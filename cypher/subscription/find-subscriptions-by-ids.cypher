// Subscriptions by id that the caller's $scope may see, with their parties: those in force at $at
// while the customer holds it then; for a subscription that ended by $at, the parties it ended with
// (@party-at), seen by the platform, by those parties and by its publisher
// (@visible-subscription-as-ended). A subscription that starts after $at is absent.
UNWIND $ids AS id
MATCH (c:Customer)-[h:HAS_SUBSCRIPTION WHERE @begun(h)]->(s:Subscription {id: id})-[:FOR_OFFER]->(o:Offer)
MATCH (s)-[sold:SOLD_BY WHERE @party-at(sold, h)]->(p:Partner)
WHERE CASE WHEN @in-force(h) THEN @visible-subscription(s) ELSE @visible-subscription-as-ended(s, h) END
RETURN @subscription-fields(s, h, c, o, p) AS subscription
