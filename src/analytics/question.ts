import type { ClassType } from 'type-graphql';
import type { RequestContext } from '../context';
import { isValidIsoDate } from '../domain/records/columns';
import { TONNES_YEARS } from '../domain/tonnes';
import type { ParamsOf, QueryDefinition } from '../db/query';
import { ValidationError } from '../errors';
import type { AsOfArgs, OptionArgs, OutsideArgs } from './shared/analytics.args';

/**
 * One analytical question: its folder (args, types, query, repository, resolver), its Cypher file
 * and its GraphQL field share a name. The registry of questions (src/analytics/index.ts) is the one
 * list the schema, the plan warm-up, the golden EXPLAIN tests, the bench and the Neo4j Browser
 * guide iterate, so a new question or argument is written once.
 */
export interface AnalyticsQuestion<Q extends QueryDefinition = QueryDefinition> {
  name: string;
  query: Q;
  /** A typical question's parameters, as the API sends them, on a given date. */
  example(asOf: string): ParamsOf<Q>;
  resolvers: ClassType[];
}

export function defineQuestion<Q extends QueryDefinition>(question: AnalyticsQuestion<Q>): AnalyticsQuestion<Q> {
  return question;
}

export const today = () => new Date().toISOString().slice(0, 10);
export const thisYear = () => new Date().getUTCFullYear();

export function asOfOf(args: AsOfArgs): string {
  const asOf = args.asOf ?? today();
  if (!isValidIsoDate(asOf)) throw new ValidationError(`asOf "${asOf}" is not a real date`, 'asOf');
  return asOf;
}

/** The tonnes window options carry: from two years before the ranking year, for optionWindow years. */
export function optionYears(year: number): { fromYear: number; toYear: number } {
  const fromYear = Math.max(TONNES_YEARS.first, year - 2);
  return { fromYear, toYear: Math.min(TONNES_YEARS.last, fromYear + TONNES_YEARS.optionWindow - 1) };
}

/** Element, country and basis of an "outside a country" question, resolved from what the user typed. */
export async function outsideParameters(args: OutsideArgs, context: RequestContext) {
  const element = await context.identifiers.element(args.element, 'element');
  const outside = await context.identifiers.resolve('Country', args.outside, 'outside');
  return {
    outsideName: String(outside.name),
    values: { element, outside: outside.id, basis: args.basis, controlThreshold: args.controlThreshold, asOf: asOfOf(args), minConfidence: args.minConfidence },
  };
}

/** The parameters every option-listing question passes to the supply-option fragments. */
export async function optionParameters(args: OptionArgs, context: RequestContext) {
  const { outsideName, values } = await outsideParameters(args, context);
  const year = args.year ?? thisYear();
  return {
    outsideName,
    values: { ...values, stages: args.stages?.length ? args.stages : null, includePipeline: args.includePipeline, routes: args.route?.length ? args.route : null, year, ...optionYears(year) },
  };
}
