import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Node } from './common/node.interface';
import { Source } from './common/source.type';
import { Element } from './element.type';

@ObjectType({ implements: Node, description: "One element's share of a combined figure in a ratio band (a row of ratio_bands.csv)." })
export class RatioShare {
  @Field(() => ID, { description: 'band/element, e.g. ratio-mt-weld-feed/Tb.' })
  id!: string;

  @Field(() => ID, { description: 'The ratio band (the id in ratio_bands.csv, the splitId of figures).' })
  band!: string;

  /** A symbol, as stored; the field resolves it to the element. */
  @Field(() => Element)
  element!: string;

  @Field(() => Float, { description: 'Share of the combined tonnage, %, low end.' })
  shareLowPct!: number;

  @Field(() => Float, { description: 'Share of the combined tonnage, %, high end.' })
  shareHighPct!: number;

  @Field({ description: "The source's ratio and the arithmetic." })
  basisText!: string;

  @Field(() => [Source])
  sources!: Source[];

  sourceIds!: string[];
}
