// Ranked full-text matches on the names of customers, partners, publishers and offers. $query is
// a Lucene query the service built from escaped user text; it never reaches Cypher as text.
// Matches outside the caller's $scope are dropped before the limit, so a page is never short.
// Time-bound relationships count only while in force now (validFrom <= now < validTo).
CALL db.index.fulltext.queryNodes('search_names', $query) YIELD node, score
OPTIONAL MATCH (node:Offer)-[:PUBLISHED_BY]->(offerPublisher:Publisher)
WITH node, score, coalesce(offerPublisher, node) AS publisher
WHERE (node:Customer AND ($scope.all
    OR EXISTS { (node)-[now1:HAS_SUBSCRIPTION WHERE now1.validFrom <= datetime() AND (now1.validTo IS NULL OR now1.validTo > datetime())]->(:Subscription)-[now2:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT WHERE now2.validFrom <= datetime() AND (now2.validTo IS NULL OR now2.validTo > datetime())]->(:Partner {id: $scope.partnerId}) }
    OR EXISTS { (node)-[now3:HAS_SUBSCRIPTION WHERE now3.validFrom <= datetime() AND (now3.validTo IS NULL OR now3.validTo > datetime())]->(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) }))
   OR (node:Partner AND ($scope.all OR node.id = $scope.partnerId
    OR EXISTS { (node)-[now4:BUYS_THROUGH WHERE now4.validFrom <= datetime() AND (now4.validTo IS NULL OR now4.validTo > datetime())]-(:Partner {id: $scope.partnerId}) }
    OR EXISTS { (node)<-[now5:SOLD_BY|SUPPLIED_BY WHERE now5.validFrom <= datetime() AND (now5.validTo IS NULL OR now5.validTo > datetime())]-(:Subscription)-[:FOR_OFFER]->(:Offer)-[:PUBLISHED_BY]->(:Publisher {id: $scope.publisherId}) }))
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
