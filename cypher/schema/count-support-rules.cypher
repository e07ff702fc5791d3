MATCH (r:SupportRule)
RETURN count(r) AS count
