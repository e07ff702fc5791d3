// The fields of a CustomerRecord (src/graph/records.ts).
// @fragment customer-fields(customer)
{customer} { .id, .name }
