/** An answer with errors, or no answer: the first error's message, code and the request's id. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

/**
 * Posts one operation to the service's GraphQL endpoint (the same one GraphiQL and any client
 * use), with the Bearer token when one is given. Resolves to `data`; rejects with
 * GraphQLRequestError when the answer carries an error.
 */
export async function graphqlRequest<T>(endpoint: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const requestId = response.headers.get('x-request-id') ?? undefined;
  let body: { data?: T | null; errors?: Array<{ message: string; extensions?: { code?: string; requestId?: string } }> } | null = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const error = body?.errors?.[0];
  if (error) throw new GraphQLRequestError(error.message, error.extensions?.code, error.extensions?.requestId ?? requestId);
  if (!body?.data) throw new GraphQLRequestError(`The service answered HTTP ${response.status} without data.`, undefined, requestId);
  return body.data;
}
