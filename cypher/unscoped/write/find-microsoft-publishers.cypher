MATCH (p:Publisher {isMicrosoft: true})
RETURN p.id AS id
ORDER BY id
