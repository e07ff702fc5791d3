// The customer list asks for every customer: the caller sees everything and no filter of
// @customer-filter is given (cypher/customer/page-customers then counts from Neo4j's count store).
// Tests parameters alone, so Neo4j can skip a scan on it. Keep in step with @customer-filter.
// @fragment customers-unfiltered()
($scope.all AND $nameContains IS NULL AND $servedByPartnerId IS NULL AND $publisherId IS NULL)
