// Partners with these ids that the caller's $scope may see at $at (@visible-partner), each with
// its contacts (the `contacts` field, without a statement of its own).
UNWIND $ids AS id
MATCH (p:Partner {id: id})
WHERE @visible-partner(p)
RETURN @partner-fields(p) AS partner, @contacts-of(p) AS contacts
