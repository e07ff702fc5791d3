// One keyset page of the customers @customer-filter keeps, ordered by id, and how many it keeps
// in all (fragments/customers-page.cypher says how each is bounded).
@customers-page()
RETURN nodes, totalCount
