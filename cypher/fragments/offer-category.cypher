// Which rules of the support matrix an offer follows: FIRST_PARTY when Microsoft publishes it,
// THIRD_PARTY when an ISV does. The one place this rule is written.
// @fragment offer-category(publisher)
CASE WHEN coalesce({publisher}.isMicrosoft, false) THEN 'FIRST_PARTY' ELSE 'THIRD_PARTY' END
