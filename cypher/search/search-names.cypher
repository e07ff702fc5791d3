// Ranked full-text matches on the names of customers, partners, publishers and offers. $query is
// a Lucene query the service built from escaped user text; it never reaches Cypher as text.
// Matches outside the caller's $scope are dropped before the limit, so a page is never short.
CALL db.index.fulltext.queryNodes('search_names', $query) YIELD node, score
OPTIONAL MATCH (node:Offer)-[:PUBLISHED_BY]->(offerPublisher:Publisher)
WITH node, score, coalesce(offerPublisher, node) AS publisher
WHERE (node:Customer AND ($scope.all
    OR EXISTS { (node)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(:Partner {id: $scope.partnerId}) }
    OR EXISTS { (node)-[:HAS_SUBSCRIPTION]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) }))
   OR (node:Partner AND ($scope.all OR node.id = $scope.partnerId
    OR EXISTS { (node)-[:BUYS_THROUGH]-(:Partner {id: $scope.partnerId}) }
    OR EXISTS { (node)<-[:SOLD_BY|SUPPLIED_BY]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) }))
   OR (publisher:Publisher AND ($scope.all OR $scope.partnerId IS NOT NULL OR publisher.id = $scope.publisherId))
WITH node, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
RETURN score,
       CASE WHEN node:Customer THEN 'Customer' WHEN node:Partner THEN 'Partner'
            WHEN node:Publisher THEN 'Publisher' ELSE 'Offer' END AS type,
       CASE WHEN node:Customer THEN node { .id, .name }
            WHEN node:Partner THEN node { .id, .name, .kind }
            WHEN node:Publisher THEN node { .id, .name, .isMicrosoft }
            ELSE node { .id, .name, publisherId: head([(node)-[:PUBLISHED_BY]->(p:Publisher) | p.id]) } END AS record
ORDER BY score DESC, record.id
