// The fields of a SupportContactRecord (src/graph/records.ts).
// @fragment contact-fields(contact)
{contact} { .id, .kind, .audience, .name, .email, .phone, .url, .hours, .sla }
