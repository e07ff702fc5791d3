// Publishers with these ids that the caller's $scope may see (@visible-publisher), each with its
// contacts (the `contacts` field, without a statement of its own).
UNWIND $ids AS id
MATCH (p:Publisher {id: id})
WHERE @visible-publisher(p)
RETURN @publisher-fields(p) AS publisher, @contacts-of(p) AS contacts
