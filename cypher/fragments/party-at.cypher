// A party relationship of a subscription, as its customer holds it through `held`, at $at: the one
// in force then while the subscription is held then; once the subscription has ended, the one it
// ended with (@ended-with).
// @fragment party-at(rel, held)
CASE WHEN @in-force({held}) THEN @in-force({rel}) ELSE @ended-with({rel}, {held}) END
