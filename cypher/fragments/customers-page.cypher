// Yields `nodes` and `totalCount`: one keyset page of the customers @customer-filter keeps,
// ordered by id (stable under inserts; one more row than asked tells hasNextPage), and how many it
// keeps in all.
// Bounded by the page: the page is a range seek on the unique index of Customer.id from $afterId,
// in the index's order, stopped by the LIMIT (no sort of the whole list; `coalesce` keeps the seek
// when there is no $afterId: every id is a non-empty string). The count comes from Neo4j's count
// store when nothing filters the list (every customer is in it: the caller sees everything and no
// filter of @customer-filter is given); otherwise it counts what the filter keeps, the only way
// to count a scope's or a filter's customers at $at (@customers-unfiltered says which).
// @fragment customers-page()
WITH @customers-unfiltered() AS unfiltered
CALL () {
  MATCH (c:Customer)
  WHERE c.id > coalesce($afterId, '') AND @customer-filter(c)
  WITH c ORDER BY c.id LIMIT toInteger($limit)
  RETURN collect(@customer-fields(c)) AS nodes
}
CALL () {
  MATCH (c:Customer)
  RETURN count(c) AS everyCustomer
}
CALL () {
  // The same test on parameters alone, so that Neo4j skips this scan when unfiltered (a test on
  // the imported variable would be planned after the scan).
  WITH 1 AS one
  WHERE NOT @customers-unfiltered()
  MATCH (c:Customer)
  WHERE @customer-filter(c)
  RETURN count(c) AS matching
}
WITH nodes, CASE WHEN unfiltered THEN everyCustomer ELSE matching END AS totalCount
