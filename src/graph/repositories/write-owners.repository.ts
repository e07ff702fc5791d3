import type { Neo4jExecutor } from '../executor';

/** The organisations whose data an entity is. */
export interface WriteOwnersRecord {
  id: string;
  partnerIds: string[];
  publisherIds: string[];
}

export class WriteOwnersRepository {
  constructor(private readonly db: Neo4jExecutor) {}

  /** Who owns each stored entity of these ids (see cypher/unscoped/write/find-write-owners.cypher); unknown ids are absent. */
  find(ids: readonly string[]): Promise<WriteOwnersRecord[]> {
    return this.db.read<WriteOwnersRecord>('unscoped/write/find-write-owners', { ids });
  }
}
