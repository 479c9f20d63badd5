/**
 * Query strings of the download endpoints → GraphQL variables. Only the shape is handled here
 * (which parameters exist, which may repeat, digits → numbers); every value goes to the API as it
 * came, so a bad element, country, enum value, date or number is refused by the API itself with its
 * own message and code, exactly as a GraphQL client would see it.
 */

export type ParamKind = 'string' | 'int' | 'float' | 'list';

export interface ParamSpec {
  /** The GraphQL variable it fills (defaults to the parameter's name). */
  variable?: string;
  kind: ParamKind;
}

export type ParamSpecs = Record<string, ParamSpec>;

export class DownloadParamError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

const NUMBER = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;

/**
 * The variables for a query string: unknown parameters and repeated single values are refused
 * (a typo such as `elemnt=` would otherwise silently drop a filter); lists take repeats or commas.
 */
export function variablesFrom(query: Record<string, unknown>, specs: ParamSpecs): Record<string, unknown> {
  const variables: Record<string, unknown> = {};
  for (const [name, raw] of Object.entries(query)) {
    const spec = specs[name];
    if (!spec) throw new DownloadParamError(`Unknown parameter "${name.slice(0, 40)}"; this endpoint takes ${Object.keys(specs).join(', ')}.`, name);
    const values = (Array.isArray(raw) ? raw : [raw]).map((value) => (typeof value === 'string' ? value : ''));
    if (values.some((value) => value === '')) throw new DownloadParamError(`Parameter "${name}" is empty.`, name);
    const target = spec.variable ?? name;
    if (spec.kind === 'list') {
      variables[target] = values.flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean);
      continue;
    }
    if (values.length > 1) throw new DownloadParamError(`Parameter "${name}" is given ${values.length} times; give it once.`, name);
    const value = values[0];
    // A value that is not a number is passed on as text: the API's own coercion refuses it (BAD_USER_INPUT).
    if (spec.kind === 'int') variables[target] = INTEGER.test(value) ? Number(value) : value;
    else if (spec.kind === 'float') variables[target] = NUMBER.test(value) ? Number(value) : value;
    else variables[target] = value;
  }
  return variables;
}
