// The publisher list's filters, each ignored when null, and tenant scoping (@visible-publisher):
// the name contains $nameContains (case-insensitive); it is (or is not) Microsoft ($isMicrosoft).
// @fragment publisher-filter(publisher)
(@visible-publisher({publisher})
 AND ($nameContains IS NULL OR toLower({publisher}.name) CONTAINS toLower($nameContains))
 AND ($isMicrosoft IS NULL OR {publisher}.isMicrosoft = $isMicrosoft))
