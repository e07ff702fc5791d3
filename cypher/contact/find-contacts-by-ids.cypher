UNWIND $ids AS id
MATCH (c:SupportContact {id: id})
RETURN c { .id, .kind, .name, .email, .phone, .url, .hours, .sla } AS contact
