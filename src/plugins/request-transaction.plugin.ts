import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestReads } from '../graph/executor';

/**
 * One request, one read transaction: a query's reads (its resolvers' statements and loader
 * batches) share one session and read transaction, opened by the first of them and rolled back
 * and released once the response is ready, without delaying it — whether it carries data,
 * errors, a timeout or a cancellation. A mutation's reads keep their own transactions: a read
 * transaction held open beside a write that waits on a lock would only hold a second connection.
 * Operations refused before execution (parse, validation, cost) open nothing.
 */
export function requestTransactionPlugin<TContext extends { reads?: RequestReads }>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async executionDidStart({ operation, contextValue }) {
          if (operation.operation === 'query') contextValue.reads?.share();
        },
        async willSendResponse({ contextValue }) {
          // Not awaited: the rollback's round trip to Neo4j need not delay the answer, which is
          // complete (close never throws; later reads of this request, if any, run on their own).
          void contextValue.reads?.close();
        },
      };
    },
  };
}
