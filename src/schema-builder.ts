import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AgreementResolver } from './resolvers/agreement.resolver';
import { ANALYTICS_RESOLVERS } from './analytics';
import { checkScalarArguments } from './schema/common/checked-arguments';
import { RecordWriteResolver } from './resolvers/record-write.resolver';
import { AuditResolver, WriteResolver } from './resolvers/write.resolver';
import { CompanyResolver } from './resolvers/company.resolver';
import { CountryResolver } from './resolvers/country.resolver';
import { DepositResolver } from './resolvers/deposit.resolver';
import { ElementResolver } from './resolvers/element.resolver';
import { ExportControlResolver } from './resolvers/export-control.resolver';
import { FacilityResolver } from './resolvers/facility.resolver';
import { FIGURE_RESOLVERS } from './resolvers/figure.resolver';
import { HealthResolver } from './resolvers/health.resolver';
import { ClaimResolver, PersonResolver, SourceResolver, StatisticResolver } from './resolvers/misc.resolver';
import { AgreementPartyResolver, DepositContentResolver, OperationResolver, ProcessingResolver, StakeResolver, SupplyLinkResolver } from './resolvers/relations.resolver';
import { NodeResolver } from './resolvers/node.resolver';
import { SearchResolver } from './resolvers/search.resolver';
import { TradeDependenceResolver } from './resolvers/trade-dependence.resolver';

export const RESOLVERS = [
  ElementResolver,
  CountryResolver,
  DepositResolver,
  FacilityResolver,
  CompanyResolver,
  AgreementResolver,
  ExportControlResolver,
  TradeDependenceResolver,
  StakeResolver,
  OperationResolver,
  DepositContentResolver,
  ProcessingResolver,
  SupplyLinkResolver,
  AgreementPartyResolver,
  StatisticResolver,
  ClaimResolver,
  PersonResolver,
  SourceResolver,
  SearchResolver,
  NodeResolver,
  ...FIGURE_RESOLVERS,
  HealthResolver,
  ...ANALYTICS_RESOLVERS,
  WriteResolver,
  RecordWriteResolver,
  AuditResolver,
] as const;

/**
 * The GraphQL schema from the type-graphql classes; `schema.graphql` is its committed SDL.
 * Arguments of checked scalars (IsoDate…) are checked before their field resolves.
 */
export async function buildGraphQLSchema(): Promise<GraphQLSchema> {
  return checkScalarArguments(await buildSchema({ resolvers: [...RESOLVERS], validate: true }));
}
