import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Confidence, QuantityStage, QuantityUnit, VolumeBasis, VolumeMeasure } from './common/enums';
import { Node } from './common/node.interface';
import { Source } from './common/source.type';
import { Country } from './country.type';
import { Element } from './element.type';

@ObjectType({ implements: Node, description: "A country's or the world's tonnage of elements in a year: demand, consumption, production, a quota or imports (a row of element_volumes.csv)." })
export class ElementVolume {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'ISO alpha-2 code, or WORLD.' })
  areaId!: string;

  @Field(() => Country, { nullable: true, description: 'The country; null for WORLD.' })
  area?: Country | null;

  /** Symbols, as stored; the field resolves them to elements. */
  @Field(() => [Element])
  elements!: string[];

  @Field(() => VolumeMeasure)
  measure!: VolumeMeasure;

  @Field(() => QuantityStage, { nullable: true })
  stage?: QuantityStage;

  @Field(() => Int)
  year!: number;

  @Field(() => QuantityUnit)
  unit!: QuantityUnit;

  @Field(() => Float, { description: 'Tonnes, low end.' })
  low!: number;

  @Field(() => Float, { description: 'Tonnes, high end.' })
  high!: number;

  @Field(() => VolumeBasis)
  basis!: VolumeBasis;

  @Field(() => Confidence)
  confidence!: Confidence;

  @Field(() => ID, { nullable: true, description: 'The ratio band that splits a combined figure.' })
  splitId?: string;

  @Field({ nullable: true, description: 'How a model estimate was computed, from which cited inputs.' })
  method?: string;

  @Field({ nullable: true, description: "The source's own words and numbers." })
  statedText?: string;

  @Field(() => [Source])
  sources!: Source[];

  sourceIds!: string[];
}
