// Ranked full-text matches on the names of customers, partners, publishers and offers. $query is
// a Lucene query the service built from escaped user text; it never reaches Cypher as text.
CALL db.index.fulltext.queryNodes('search_names', $query, {limit: toInteger($limit)}) YIELD node, score
RETURN score,
       CASE WHEN node:Customer THEN 'Customer' WHEN node:Partner THEN 'Partner'
            WHEN node:Publisher THEN 'Publisher' ELSE 'Offer' END AS type,
       CASE WHEN node:Customer THEN node { .id, .name }
            WHEN node:Partner THEN node { .id, .name, .kind }
            WHEN node:Publisher THEN node { .id, .name, .isMicrosoft }
            ELSE node { .id, .name, publisherId: head([(node)-[:PUBLISHED_BY]->(p:Publisher) | p.id]) } END AS record
ORDER BY score DESC, record.id
