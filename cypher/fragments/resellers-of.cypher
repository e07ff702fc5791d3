// The indirect resellers that buy through a provider at $at (BUYS_THROUGH in force) that $scope may
// see (@visible-partner). Binds `partner`; a page and its count both select through here.
// @fragment resellers-of(providerId, partner)
MATCH (:Partner {id: {providerId}})<-[{partner}_link:BUYS_THROUGH WHERE @in-force({partner}_link)]-({partner}:Partner)
WHERE @visible-partner({partner})
