// Contacts with these ids whose owner (a partner, a publisher, or an offer and so its publisher)
// the caller's $scope may see.
UNWIND $ids AS id
MATCH (owner)-[:HAS_CONTACT]->(c:SupportContact {id: id})
OPTIONAL MATCH (owner)-[:PUBLISHED_BY]->(offerPublisher:Publisher)
WITH c, owner, coalesce(offerPublisher, owner) AS publisher
WHERE (owner:Partner AND @visible-partner(owner))
   OR (publisher:Publisher AND @visible-publisher(publisher))
RETURN @contact-fields(c) AS contact
