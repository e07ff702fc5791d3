// For each entity to remove: how many things still refer to it (by reason) and the ids of what it
// owns and takes with it (a customer's ended subscriptions, a party's contacts, an offer's contacts
// and resources).
UNWIND $rows AS row
CALL (row) {
  OPTIONAL MATCH (c:Customer {id: row.id})-[h:HAS_SUBSCRIPTION]->(s:Subscription)
  WHERE row.type = 'Customer'
  RETURN {currentSubscriptions: count(CASE WHEN h.validTo IS NULL THEN s END)} AS counts, collect(s.id) AS owned
  UNION
  OPTIONAL MATCH (p:Partner {id: row.id})
  WHERE row.type = 'Partner'
  CALL (p) {
    OPTIONAL MATCH (s:Subscription)-[:SOLD_BY|SUPPLIED_BY|DESIGNATED_SUPPORT]->(p)
    RETURN count(DISTINCT s) AS subscriptions
  }
  CALL (p) {
    OPTIONAL MATCH (p)-[l:BUYS_THROUGH]-(:Partner)
    WHERE l.validTo IS NULL
    RETURN count(l) AS links
  }
  OPTIONAL MATCH (p)-[:HAS_CONTACT]->(c:SupportContact)
  RETURN {subscriptions: subscriptions, links: links} AS counts, collect(c.id) AS owned
  UNION
  OPTIONAL MATCH (p:Publisher {id: row.id})
  WHERE row.type = 'Publisher'
  CALL (p) {
    OPTIONAL MATCH (o:Offer)-[:PUBLISHED_BY]->(p)
    RETURN count(o) AS offers
  }
  OPTIONAL MATCH (p)-[:HAS_CONTACT]->(c:SupportContact)
  RETURN {offers: offers} AS counts, collect(c.id) AS owned
  UNION
  OPTIONAL MATCH (o:Offer {id: row.id})
  WHERE row.type = 'Offer'
  CALL (o) {
    OPTIONAL MATCH (s:Subscription)-[:FOR_OFFER]->(o)
    RETURN count(s) AS subscriptions
  }
  OPTIONAL MATCH (o)-[:HAS_CONTACT|HAS_RESOURCE]->(x)
  RETURN {subscriptions: subscriptions} AS counts, collect(x.id) AS owned
}
WITH row, counts, owned
WHERE size(owned) > 0 OR any(k IN keys(counts) WHERE counts[k] > 0)
RETURN row.id AS id, counts, owned
