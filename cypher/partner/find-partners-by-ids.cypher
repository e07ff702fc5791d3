UNWIND $ids AS id
MATCH (p:Partner {id: id})
RETURN p { .id, .name, .kind } AS partner
