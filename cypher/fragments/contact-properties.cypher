// A contact's own fields besides its id and its owner: the one list of them, for what is read
// (@contact-fields, a contact's state in @support-contact-snapshot) and what is written
// (upsert/upsert-contacts).
// @fragment contact-properties()
.kind, .audience, .name, .email, .phone, .url, .hours, .sla
