UNWIND $ids AS id
MATCH (p:Publisher {id: id})
RETURN p { .id, .name, .isMicrosoft } AS publisher
