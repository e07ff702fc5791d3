// The offer list's filters, each ignored when null, and tenant scoping (@visible-publisher): the
// name contains $nameContains (case-insensitive); published by $publisherId; of $category; of $offerType.
// @fragment offer-filter(offer, publisher)
(@visible-publisher({publisher})
 AND ($nameContains IS NULL OR toLower({offer}.name) CONTAINS toLower($nameContains))
 AND ($publisherId IS NULL OR {publisher}.id = $publisherId)
 AND ($category IS NULL OR @offer-category({publisher}) = $category)
 AND ($offerType IS NULL OR {offer}.offerType = $offerType))
