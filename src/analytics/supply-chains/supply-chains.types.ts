import { Field, Int, ObjectType } from 'type-graphql';
import { Source } from '../../schema/common/source.type';
import { Country } from '../../schema/country.type';
import { AnyEntity } from '../../schema/relations.type';
import type { GraphNode } from '../../db/graph.repository';
import { ChainArrival } from '../shared/analytics.enums';

@ObjectType()
export class ChainStep {
  @Field(() => AnyEntity)
  entity?: GraphNode;

  @Field({ description: 'Deposit, Facility or Company.' })
  type!: string;

  @Field(() => [String], { nullable: true })
  stages?: string[] | null;

  @Field(() => String, { nullable: true })
  status?: string | null;

  @Field(() => Country, { nullable: true })
  country?: GraphNode | null;

  @Field(() => String, { nullable: true, description: 'Product received from the previous step.' })
  product?: string | null;

  @Field()
  locatedInFlaggedCountry!: boolean;

  @Field({ description: 'A company of the flagged country runs or holds the step (directly or up the ownership chain).' })
  controlledFromFlaggedCountry!: boolean;

  entityId!: string;
  countryId?: string | null;
}

@ObjectType({ description: 'A route from a deposit through processing to an importer.' })
export class SupplyChainPath {
  @Field(() => ChainArrival)
  arrival!: ChainArrival;

  @Field(() => Int)
  hops!: number;

  @Field(() => [ChainStep])
  steps!: ChainStep[];

  @Field()
  anyStepLocatedInFlaggedCountry!: boolean;

  @Field()
  anyStepControlledFromFlaggedCountry!: boolean;

  @Field(() => [Source])
  sources?: Source[];

  sourceIds!: string[];
}
