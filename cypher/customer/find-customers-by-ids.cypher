// Customers with these ids that the caller's $scope may see at $at.
UNWIND $ids AS id
MATCH (c:Customer {id: id})
WHERE @visible-customer(c)
RETURN @customer-fields(c) AS customer
