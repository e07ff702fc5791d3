// The indirect providers a reseller buys through at $at (BUYS_THROUGH in force) that $scope may see
// (@visible-partner). Binds `partner`; a page and its count both select through here.
// @fragment providers-of(resellerId, partner)
MATCH (:Partner {id: {resellerId}})-[{partner}_link:BUYS_THROUGH WHERE @in-force({partner}_link)]->({partner}:Partner)
WHERE @visible-partner({partner})
