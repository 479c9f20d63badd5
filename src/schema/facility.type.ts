import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { FacilityStage, FacilityStatus, LocationPrecision } from './common/enums';
import { GeoPoint } from './common/geo.type';
import { Node } from './common/node.interface';

@ObjectType({ implements: Node, description: 'A processing facility: mining/concentration, cracking/leaching, separation/refining, metal/alloy, magnet or recycling.' })
export class Facility {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String])
  aliases!: string[];

  @Field({ nullable: true })
  region?: string;

  @Field(() => GeoPoint, { nullable: true })
  location?: GeoPoint | null;

  @Field(() => LocationPrecision, { nullable: true })
  locationPrecision?: LocationPrecision;

  @Field(() => [FacilityStage])
  stages!: FacilityStage[];

  @Field(() => FacilityStatus)
  status!: FacilityStatus;

  @Field(() => Int, { nullable: true })
  statusYear?: number;

  @Field({ nullable: true })
  statusNote?: string;

  @Field(() => Float, { nullable: true, description: 'Published nameplate capacity, tonnes per year of capacityProduct.' })
  capacityTonnesPerYear?: number;

  @Field({ nullable: true, description: 'What the capacity measures (NdPr oxide, TREO, sintered NdFeB magnets…).' })
  capacityProduct?: string;

  @Field({ nullable: true, description: "The sources' words on capacity, including targets and dates." })
  capacityText?: string;

  @Field({ nullable: true })
  description?: string;

  sourceIds!: string[];
}
