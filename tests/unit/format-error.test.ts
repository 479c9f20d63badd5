import { ValidationError as RuleViolation } from 'class-validator';
import { GraphQLError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { ServiceUnavailableError, UnknownIdentifierError } from '../../src/errors';
import { formatError } from '../../src/server';

const formatted = { message: 'x', path: ['field'] };

describe('formatError', () => {
  test('when a domain error is thrown, then its code and details reach the client', () => {
    const error = new GraphQLError('wrapped', { originalError: new UnknownIdentifierError('element', 'Xx', 'symbol', ['Tb (Terbium)']) });
    expect(formatError(formatted, error, true)).toMatchObject({ message: 'Unknown element "Xx". Did you mean "Tb (Terbium)"?', extensions: { code: 'BAD_USER_INPUT', field: 'symbol', suggestions: ['Tb (Terbium)'] } });
    expect(formatError(formatted, new GraphQLError('w', { originalError: new ServiceUnavailableError('down') }), true).extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  test('when an unexpected error is thrown in production, then nothing of it leaks', () => {
    const error = new GraphQLError('wrapped', { originalError: new Error('Neo.ClientError: MATCH (n:Secret) RETURN n') });
    const result = formatError({ message: 'Neo.ClientError: MATCH (n:Secret) RETURN n', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, error, true);
    expect(result).toEqual({ message: 'Internal server error', path: undefined, locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  test('when a GraphQL validation error occurs, then it passes without a stack trace', () => {
    const result = formatError({ message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at y'] } }, new GraphQLError('Cannot query field "x"'), true);
    expect(result).toEqual({ message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });

  test('when argument validation fails inside an input object, then BAD_USER_INPUT names the argument path and echoes no value', () => {
    const hostile = 'x'.repeat(5000);
    const child = Object.assign(new RuleViolation(), { property: 'nameContains', value: hostile, target: { nameContains: hostile }, constraints: { maxLength: 'nameContains must be shorter than or equal to 200 characters' }, children: [] });
    const parent = Object.assign(new RuleViolation(), { property: 'where', value: { nameContains: hostile }, target: { where: { nameContains: hostile } }, children: [child] });
    const error = new GraphQLError('Argument Validation Error', { originalError: new ArgumentValidationError([parent]) });
    const result = formatError({ message: 'Argument Validation Error', extensions: { code: 'BAD_USER_INPUT' } }, error, true);
    expect(result).toMatchObject({ message: 'where.nameContains must be shorter than or equal to 200 characters', extensions: { code: 'BAD_USER_INPUT', field: 'where.nameContains' } });
    expect(JSON.stringify(result)).not.toContain('xxxx');
  });
});
