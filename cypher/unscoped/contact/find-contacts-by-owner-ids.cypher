// Contacts of partners, publishers or offers (ids are unique across those kinds).
UNWIND $ids AS ownerId
OPTIONAL MATCH (partner:Partner {id: ownerId})
OPTIONAL MATCH (publisher:Publisher {id: ownerId})
OPTIONAL MATCH (offer:Offer {id: ownerId})
WITH ownerId, coalesce(partner, publisher, offer) AS owner
MATCH (owner)-[:HAS_CONTACT]->(c:SupportContact)
WITH ownerId, c ORDER BY c.kind, c.id
RETURN ownerId, @contact-fields(c) AS contact
