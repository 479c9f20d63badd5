import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { RequestContext } from '../context';
import { ErrorCode } from '../errors';

/**
 * Request-level access rules, applied once the operation is known and before anything runs:
 * a token that fails verification is refused whatever the operation (a client should learn its
 * token is bad, not silently read as anonymous), and when PUBLIC_READS=false queries need a
 * valid token too. Per-mutation roles are checked by the resolvers (editor, admin).
 */
export function accessPlugin(publicReads: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          const { caller } = contextValue;
          if (caller.tokenProblem) throw unauthenticated(`The bearer token was refused: ${caller.tokenProblem}.`);
          if (operation?.operation === 'query' && !publicReads && !caller.has('reader')) {
            throw unauthenticated('This service requires a bearer token for reads (PUBLIC_READS=false).');
          }
        },
      };
    },
  };
}

const unauthenticated = (message: string) => new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
