// @visible-partner(partner) for a statement that tests many partners: the same rule, with its
// co-party branch read from `coParties` (@scope-co-parties) for a partner's scope
// (test/integration/security/visible-partner-among.test.ts holds the two to the same answers).
// @fragment visible-partner-among(partner, coParties)
CASE WHEN $scope.partnerId IS NULL THEN @visible-partner({partner})
     ELSE ($scope.all
           OR {partner}.id = $scope.partnerId
           OR {partner}.id IN {coParties}
           OR EXISTS { ({partner})-[{partner}_link:BUYS_THROUGH WHERE @in-force({partner}_link)]-(:Partner {id: $scope.partnerId}) })
END
