// The fields of a PublisherRecord (src/graph/records.ts).
// @fragment publisher-fields(publisher)
{publisher} { .id, .name, .isMicrosoft }
