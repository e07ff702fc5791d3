import type { GraphQLFormattedError } from 'graphql';

/** graphql-js's suggestion sentences: `Did you mean "x"?`, `Did you mean the enum value "BILLING"?`, `Did you mean "a", "b", or "c"?`. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Wraps a `formatError` so that no error says what the schema holds: graphql-armor hides
 * suggestions in validation errors only, while variable coercion (`{"i": "BILLNG"}` for an
 * IssueType) and argument errors carry them too. Used in production, where the schema is not
 * introspectable. Never throws.
 */
export function hideSuggestions(
  format: (formatted: GraphQLFormattedError, original: unknown) => GraphQLFormattedError,
): (formatted: GraphQLFormattedError, original: unknown) => GraphQLFormattedError {
  return (formatted, original) => {
    const result = format(formatted, original);
    const message = result.message.replace(SUGGESTION, '').trim();
    return message === result.message ? result : { ...result, message };
  };
}
