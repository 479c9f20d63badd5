/**
 * Domain errors. Code inside the service throws these; `formatError` in server.ts is the one place
 * that turns them into GraphQL errors with `extensions.code`. Anything else is masked as
 * INTERNAL_SERVER_ERROR outside development.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** Too many analytical questions at once: refused before running (HTTP 503, Retry-After). */
  OVERLOADED = 'OVERLOADED',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  constructor(message: string, readonly details: Record<string, unknown> = {}) {
    super(message);
    this.name = new.target.name;
  }
}

/** Bad input: names the argument (`field`) and, for unknown identifiers, close matches. */
export class ValidationError extends DomainError {
  readonly code = ErrorCode.BAD_USER_INPUT;
  constructor(message: string, field?: string, extra: Record<string, unknown> = {}) {
    super(message, { ...(field ? { field } : {}), ...extra });
  }
}

export class UnknownIdentifierError extends ValidationError {
  constructor(kind: string, value: string, field: string, suggestions: string[]) {
    const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : '';
    super(`Unknown ${kind} "${value}".${hint}`, field, { value, suggestions });
  }
}

export class NotFoundError extends DomainError {
  readonly code = ErrorCode.NOT_FOUND;
}

export class ConflictError extends DomainError {
  readonly code = ErrorCode.CONFLICT;
}

export class UnauthenticatedError extends DomainError {
  readonly code = ErrorCode.UNAUTHENTICATED;
}

export class ForbiddenError extends DomainError {
  readonly code = ErrorCode.FORBIDDEN;
}

export class ServiceUnavailableError extends DomainError {
  readonly code = ErrorCode.SERVICE_UNAVAILABLE;
}

export class OverloadedError extends DomainError {
  readonly code = ErrorCode.OVERLOADED;
}

export class QueryTimeoutError extends DomainError {
  readonly code = ErrorCode.QUERY_TIMEOUT;
}
