// The partner list's filters, each ignored when null, and tenant scoping: the name contains
// $nameContains (case-insensitive); the partner is of $kind.
// @fragment partner-filter(partner)
(@visible-partner({partner})
 AND ($nameContains IS NULL OR toLower({partner}.name) CONTAINS toLower($nameContains))
 AND ($kind IS NULL OR {partner}.kind = $kind))
