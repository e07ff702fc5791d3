// write/lock-entities for Resource alone, when the caller knows the kind (an import's own rows): one
// index seek per id instead of nine, and a small query to plan.
// replan=skip: its plan starts from unique-index seeks on $ids whatever the statistics say, so
// Neo4j need not plan it again as the store grows during an import (docs/writes.md, "Bulk import").
CYPHER replan=skip
@lock-ids(Resource)
