import { ValidationError } from '../errors';

/** Longest reason text kept in the audit log. */
const MAX_REASON = 2000;

/** The arguments every write shares (generic and typed mutations alike), checked the same way. */
export function checkedReason(reason: string | null | undefined): string | null {
  if (reason === undefined || reason === null) return null;
  if (reason.length > MAX_REASON) throw new ValidationError(`reason is longer than ${MAX_REASON} characters`, 'reason');
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/.test(reason)) throw new ValidationError('reason contains control characters', 'reason');
  return reason;
}

export function checkedVersion(version: number | null | undefined, field = 'expectedVersion'): number | null | undefined {
  if (version !== undefined && version !== null && version < 1) throw new ValidationError(`${field} must be 1 or more (omit it to create)`, field);
  return version;
}
