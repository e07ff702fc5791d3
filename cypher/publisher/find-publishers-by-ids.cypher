// Publishers with these ids that the caller's $scope may see (@visible-publisher).
UNWIND $ids AS id
MATCH (p:Publisher {id: id})
WHERE @visible-publisher(p)
RETURN @publisher-fields(p) AS publisher
