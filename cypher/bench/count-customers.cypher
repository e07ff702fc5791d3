// Bench fixture: how many customers the graph holds (from the count store).
MATCH (c:Customer)
RETURN count(c) AS total
