import type { ApolloServerPlugin } from '@apollo/server';
import { findIllFormedText } from '../domain/unicode';
import { BadUserInputError } from '../errors/domain-errors';

/**
 * Refuses, before any resolver runs, an operation whose variables hold a string that is not
 * well-formed Unicode (a lone UTF-16 surrogate, which JSON can carry as `"\ud800"`): BAD_USER_INPUT
 * naming the variable, HTTP 400, as for any other variable that cannot be coerced. Validators,
 * URI encoders and Bolt would otherwise fail on it deep inside a request. String literals in the
 * document itself are refused by the GraphQL parser already.
 */
export function wellFormedInputPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request }) {
          const found = findIllFormedText(request.variables ?? {});
          if (found) {
            const [variable, ...rest] = found;
            throw new BadUserInputError(
              `Variable "$${variable}"${rest.length ? ` at ${rest.join('.')}` : ''} is not well-formed Unicode (it holds a lone surrogate).`,
              { field: [variable, ...rest].join('.'), http: { status: 400 } },
            );
          }
        },
      };
    },
  };
}
