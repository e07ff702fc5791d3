// The fields of a PartnerRecord (src/graph/records.ts).
// @fragment partner-fields(partner)
{partner} { .id, .name, .kind }
