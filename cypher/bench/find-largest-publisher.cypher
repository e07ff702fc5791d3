// Bench fixture: the publisher with the most subscriptions to its offers (ties by id).
MATCH (pub:Publisher)<-[:PUBLISHED_BY]-(:Offer)<-[:FOR_OFFER]-(s:Subscription)
WITH pub, count(s) AS subscriptions
ORDER BY subscriptions DESC, pub.id
RETURN pub.id AS id, subscriptions
LIMIT 1
