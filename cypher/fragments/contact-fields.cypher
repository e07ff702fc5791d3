// The fields of a SupportContactRecord (src/graph/records.ts).
// @fragment contact-fields(contact)
{contact} { .id, @contact-properties() }
