// Ranked full-text matches on the names of customers, partners, publishers and offers. $query is
// a Lucene query the service built from escaped user text; it never reaches Cypher as text.
// Matches outside the caller's $scope are dropped before the limit, so a page is never short.
CALL db.index.fulltext.queryNodes('search_names', $query) YIELD node, score
OPTIONAL MATCH (node:Offer)-[:PUBLISHED_BY]->(offerPublisher:Publisher)
WITH node, score, offerPublisher, coalesce(offerPublisher, node) AS publisher
WHERE (node:Customer AND @visible-customer(node))
   OR (node:Partner AND @visible-partner(node))
   OR (publisher:Publisher AND @visible-publisher(publisher))
WITH node, score, offerPublisher
ORDER BY score DESC, node.id
LIMIT toInteger($limit)
RETURN score,
       CASE WHEN node:Customer THEN 'Customer' WHEN node:Partner THEN 'Partner'
            WHEN node:Publisher THEN 'Publisher' ELSE 'Offer' END AS type,
       CASE WHEN node:Customer THEN @customer-fields(node)
            WHEN node:Partner THEN @partner-fields(node)
            WHEN node:Publisher THEN @publisher-fields(node)
            ELSE @offer-fields(node, offerPublisher) END AS record
ORDER BY score DESC, record.id
