import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Country } from '../../schema/country.type';
import { OwnedEntity } from '../../schema/relations.type';
import type { GraphNode } from '../../db/graph.repository';
import { Controller, CountryShare } from '../shared/supply-option.types';

@ObjectType()
export class PathHolder {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Country, { nullable: true })
  country?: GraphNode | null;

  countryId?: string | null;
}

@ObjectType({ description: 'One ownership path from an ultimate holder down to the target.' })
export class OwnershipPath {
  @Field(() => [PathHolder], { description: 'From the holder down to the target.' })
  holders!: PathHolder[];

  @Field(() => [String], { description: 'Link types along the path (OWNS, or OPERATES where an operator stands in for unrecorded ownership).' })
  links!: string[];

  @Field(() => [Float], { nullable: 'items', description: 'Stake at each link, % (null: unknown).' })
  stakePcts!: Array<number | null>;

  @Field(() => Float, { nullable: true, description: 'Product of the stakes, % (null when a stake is unknown).' })
  effectivePct?: number | null;
}

@ObjectType({ description: 'Ownership paths to the ultimate controllers of a deposit, facility or company.' })
export class ControlChain {
  @Field(() => OwnedEntity)
  target?: GraphNode;

  @Field(() => [OwnershipPath])
  paths!: OwnershipPath[];

  @Field(() => [Controller])
  controllers!: Controller[];

  @Field(() => [CountryShare], { description: 'Effective control per country, only the shares traced to a country.' })
  controlByCountry!: CountryShare[];

  @Field(() => Float, { description: 'Share of control traced to a country, %; the rest is untraced (owners unknown or unrecorded, stakes of unknown size).' })
  controlAttributedPct!: number;

  @Field(() => Int, { description: 'Paths with a stake of unknown size.' })
  unknownPaths!: number;

  targetId!: string;
}
