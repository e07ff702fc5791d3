// Partners with these ids that the caller's $scope may see at $at (@visible-partner).
UNWIND $ids AS id
MATCH (p:Partner {id: id})
WHERE @visible-partner(p)
RETURN @partner-fields(p) AS partner
