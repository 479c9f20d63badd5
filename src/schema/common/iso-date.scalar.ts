import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isValidIsoDate } from '../../domain/records/columns';

declare module 'graphql' {
  interface GraphQLScalarTypeExtensions {
    /**
     * A rule every argument or input field of this scalar must pass, checked before the field
     * resolves (src/schema/common/checked-arguments.ts): the problem in words, or undefined.
     */
    check?: (value: string) => string | undefined;
  }
}

/** An ISO 8601 date-time with seconds optional, fractions allowed and a UTC offset required. */
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

const DATE_RULE = 'must be a date YYYY-MM-DD, YYYY-MM or YYYY between 1800 and 2100, on a day that exists';

/**
 * Text in, checked later: coercion only insists on a string, and the rule (`extensions.check`) is
 * applied by checked-arguments.ts with the argument's path. A refusal is then a field error with
 * `extensions.field` like every other argument refusal of this API, instead of a request-wide
 * coercion error that names only a variable and echoes the value sent.
 */
function textScalar(name: string, description: string, check: (value: string) => string | undefined, serializable: (value: string) => boolean): GraphQLScalarType<string, string> {
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize(value) {
      // Our own data: every date column is validated when written, so a bad one is a bug, not input.
      if (typeof value === 'string' && serializable(value)) return value;
      throw new GraphQLError(`${name} cannot represent a stored value that is not ${name === 'IsoDate' ? 'an ISO date' : 'an ISO date or date-time'}.`);
    },
    parseValue(value) {
      if (typeof value !== 'string') throw new GraphQLError(`${name} is written as a string, e.g. "2026-01-31".`);
      return value;
    },
    parseLiteral(node: ValueNode) {
      if (node.kind !== Kind.STRING) throw new GraphQLError(`${name} is written as a string, e.g. "2026-01-31".`, { nodes: node });
      return node.value;
    },
    extensions: { check },
  });
}

/** The date precision of a source, in the dataset's own rule (isValidIsoDate). */
export const IsoDate = textScalar(
  'IsoDate',
  'A calendar date with the precision its source gives: YYYY, YYYY-MM or YYYY-MM-DD, years 1800–2100, a day that exists (2024-02-29, not 2023-02-29). A bad value is refused with BAD_USER_INPUT naming the argument (extensions.field).',
  (value) => (isValidIsoDate(value) ? undefined : DATE_RULE),
  isValidIsoDate,
);

export function isValidIsoDateOrTime(value: string): boolean {
  if (isValidIsoDate(value)) return true;
  const match = DATE_TIME.exec(value);
  return Boolean(match && isValidIsoDate(match[1]) && !Number.isNaN(Date.parse(value)));
}

/** A point in time as the audit log stores it (UTC, `toISOString`), or a whole day, month or year. */
export const IsoDateOrTime = textScalar(
  'IsoDateOrTime',
  'An IsoDate (YYYY, YYYY-MM, YYYY-MM-DD), or an ISO 8601 date-time with a UTC offset (2026-01-31T09:30:00Z, 2026-01-31T10:30:00+01:00). A bad value is refused with BAD_USER_INPUT naming the argument (extensions.field).',
  (value) => (isValidIsoDateOrTime(value) ? undefined : 'must be a date (YYYY-MM-DD, YYYY-MM or YYYY) or an ISO date-time with an offset (2026-01-31T09:30:00Z)'),
  isValidIsoDateOrTime,
);

/** A date-time in UTC as the audit log writes it (text comparisons then order it right); dates unchanged. */
export function utcInstant(value: string): string {
  return isValidIsoDate(value) ? value : new Date(value).toISOString();
}
