import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../errors';

/**
 * When the graph database is unreachable (a restart of the local server takes 10–30 s), how long a
 * client should wait before retrying: long enough not to hammer a restarting server, short enough
 * to notice soon that it is back.
 */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

/**
 * Turns the retry hints of errors into HTTP: any error carrying `extensions.retryAfterSeconds`
 * adds a `Retry-After` header (the longest hint); an OVERLOADED error (the analytical queue was
 * full, nothing ran) also makes the status 503. Everything else about the response is unchanged.
 */
export function retryHintPlugin<Context extends object>(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          const hints = errors.map((error) => Number(error.extensions?.retryAfterSeconds)).filter((seconds) => Number.isFinite(seconds) && seconds > 0);
          if (!hints.length) return;
          response.http.headers.set('retry-after', String(Math.ceil(Math.max(...hints))));
          if (errors.some((error) => error.extensions?.code === ErrorCode.OVERLOADED)) response.http.status = 503;
        },
      };
    },
  };
}
