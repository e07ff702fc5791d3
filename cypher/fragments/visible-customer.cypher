// Tenant scoping: a customer is visible to $scope when one of the subscriptions it holds at $at is.
// @fragment visible-customer(customer)
($scope.all
 OR EXISTS { ({customer})-[{customer}_held:HAS_SUBSCRIPTION WHERE @in-force({customer}_held)]->({customer}_sub:Subscription) WHERE @visible-subscription({customer}_sub) })
