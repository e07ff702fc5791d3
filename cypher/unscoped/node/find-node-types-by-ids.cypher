// Which kind of node each id names (ids are unique across these kinds); unknown ids are absent.
UNWIND $ids AS id
OPTIONAL MATCH (customer:Customer {id: id})
OPTIONAL MATCH (partner:Partner {id: id})
OPTIONAL MATCH (publisher:Publisher {id: id})
OPTIONAL MATCH (offer:Offer {id: id})
OPTIONAL MATCH (subscription:Subscription {id: id})
OPTIONAL MATCH (contact:SupportContact {id: id})
WITH id, CASE
  WHEN customer IS NOT NULL THEN 'Customer'
  WHEN partner IS NOT NULL THEN 'Partner'
  WHEN publisher IS NOT NULL THEN 'Publisher'
  WHEN offer IS NOT NULL THEN 'Offer'
  WHEN subscription IS NOT NULL THEN 'Subscription'
  WHEN contact IS NOT NULL THEN 'SupportContact'
END AS type
WHERE type IS NOT NULL
RETURN id, type
