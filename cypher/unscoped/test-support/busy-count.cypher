// Test support: a read that keeps the database busy for as long as $n makes it (no data needed).
UNWIND range(1, $n) AS i
WITH i WHERE i % 7 = 0
RETURN count(i) AS n
