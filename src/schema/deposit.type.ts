import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DepositStatus, DepositType, LocationPrecision } from './common/enums';
import { GeoPoint } from './common/geo.type';
import { Node } from './common/node.interface';

@ObjectType({ implements: Node, description: 'A rare-earth deposit or mine.' })
export class Deposit {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String], { description: 'Other names, including garbled ones a source uses (e.g. "Nantori Island").' })
  aliases!: string[];

  @Field({ nullable: true, description: 'State, province or district as the sources give it.' })
  region?: string;

  @Field(() => GeoPoint, { nullable: true })
  location?: GeoPoint | null;

  @Field(() => LocationPrecision, { nullable: true })
  locationPrecision?: LocationPrecision;

  @Field(() => DepositType)
  depositType!: DepositType;

  @Field({ nullable: true, description: "The sources' own words for the type." })
  depositTypeText?: string;

  @Field(() => DepositStatus)
  status!: DepositStatus;

  @Field(() => Int, { nullable: true, description: 'Year the status was last reported.' })
  statusYear?: number;

  @Field({ nullable: true })
  statusNote?: string;

  @Field({ nullable: true, description: 'Resource or reserve as published: category, code, date.' })
  resourceText?: string;

  @Field(() => Float, { nullable: true, description: 'Ore tonnage of the headline estimate, million tonnes.' })
  resourceMt?: number;

  @Field(() => Float, { nullable: true, description: 'Grade of that estimate, % TREO.' })
  gradePctTREO?: number;

  @Field(() => Float, { nullable: true, description: 'Contained TREO in tonnes, as published.' })
  containedTREOt?: number;

  @Field(() => Int, { nullable: true })
  resourceYear?: number;

  @Field({ description: 'Sources call it notable for heavy rare earths (Dy, Tb, Y…; USGS convention).' })
  heavyRareEarthNotable!: boolean;

  @Field({ nullable: true })
  description?: string;

  sourceIds!: string[];
}
