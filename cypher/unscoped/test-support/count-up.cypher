// Test support: $n rows, each with its $tag and its number (1..$n), in order.
UNWIND range(1, $n) AS i
RETURN $tag AS tag, i
