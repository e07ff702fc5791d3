// The customers a partner serves at $at: it sold or supplied one of the subscriptions they hold,
// visible to $scope. Binds `customer` (distinct).
// @fragment customers-served-by(partnerId, customer)
MATCH (:Partner {id: {partnerId}})<-[{customer}_link:SOLD_BY|SUPPLIED_BY WHERE @in-force({customer}_link)]-(:Subscription)<-[{customer}_held:HAS_SUBSCRIPTION WHERE @in-force({customer}_held)]-({customer}:Customer)
WITH DISTINCT {customer}
WHERE @visible-customer({customer})
