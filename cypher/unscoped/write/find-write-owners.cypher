// For each id that names a stored entity, the organisations whose data it is (who may change it):
// a partner or publisher owns itself; a customer belongs to the partners with a customer
// relationship with it at $at (the write's moment): an open HAS_RELATIONSHIP_WITH, or, by rule, a
// subscription of it they sell or supply at $at; a subscription belongs to the partners that sell
// or supply it at $at; an offer, and its contacts and resources, to its publisher; a partner's
// or publisher's contact to that partner or publisher. Unknown ids are absent.
UNWIND $ids AS id
OPTIONAL MATCH (partner:Partner {id: id})
OPTIONAL MATCH (publisher:Publisher {id: id})
OPTIONAL MATCH (customer:Customer {id: id})
OPTIONAL MATCH (subscription:Subscription {id: id})
OPTIONAL MATCH (offer:Offer {id: id})
OPTIONAL MATCH (contact:SupportContact {id: id})
OPTIONAL MATCH (resource:Resource {id: id})
WITH id, coalesce(partner, publisher, customer, subscription, offer, contact, resource) AS n
WHERE n IS NOT NULL
CALL (n) {
  OPTIONAL MATCH (n:Customer)-[h:HAS_SUBSCRIPTION WHERE @in-force(h)]->(:Subscription)-[r:SOLD_BY|SUPPLIED_BY WHERE @in-force(r)]->(cp:Partner)
  RETURN collect(DISTINCT cp.id) AS servingPartners
}
CALL (n) {
  OPTIONAL MATCH (n:Customer)<-[r:HAS_RELATIONSHIP_WITH WHERE @in-force(r)]-(rp:Partner)
  RETURN collect(DISTINCT rp.id) AS relatedPartners
}
CALL (n) {
  OPTIONAL MATCH (n:Subscription)-[r:SOLD_BY|SUPPLIED_BY WHERE @in-force(r)]->(sp:Partner)
  RETURN collect(DISTINCT sp.id) AS subscriptionPartners
}
CALL (n) {
  OPTIONAL MATCH (owner)-[:HAS_CONTACT|HAS_RESOURCE]->(n)
  OPTIONAL MATCH (n:Offer)-[:PUBLISHED_BY]->(offerPublisher:Publisher)
  OPTIONAL MATCH (owner:Offer)-[:PUBLISHED_BY]->(ownerPublisher:Publisher)
  RETURN collect(DISTINCT CASE WHEN owner:Partner THEN owner.id END) AS ownerPartners,
         collect(DISTINCT CASE WHEN owner:Publisher THEN owner.id END)
           + collect(DISTINCT offerPublisher.id) + collect(DISTINCT ownerPublisher.id) AS ownerPublishers
}
RETURN id,
       servingPartners + [p IN relatedPartners WHERE NOT p IN servingPartners] + subscriptionPartners + ownerPartners + CASE WHEN n:Partner THEN [id] ELSE [] END AS partnerIds,
       ownerPublishers + CASE WHEN n:Publisher THEN [id] ELSE [] END AS publisherIds
