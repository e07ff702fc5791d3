// Offers with these ids that the caller's $scope may see (@visible-publisher of their publisher),
// each with its publisher and both their contacts: what an offer's `publisher` and `contacts`
// fields would otherwise ask for in two more statements.
UNWIND $ids AS id
MATCH (o:Offer {id: id})-[:PUBLISHED_BY]->(p:Publisher)
WHERE @visible-publisher(p)
RETURN @offer-fields(o, p) AS offer, @contacts-of(o) AS offerContacts,
       @publisher-fields(p) AS publisher, @contacts-of(p) AS publisherContacts
