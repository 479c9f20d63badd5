import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ElementGroup } from './common/enums';
import { Node } from './common/node.interface';

@ObjectType({ implements: Node, description: 'A chemical element: one of the 17 rare earths, or a co-product named at rare-earth deposits (isRareEarth false).' })
export class Element {
  @Field(() => ID, { description: 'The global id: the symbol.' })
  id!: string;

  @Field({ description: 'Chemical symbol, e.g. "Tb".' })
  symbol!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  atomicNumber!: number;

  @Field(() => ElementGroup, { description: 'Light/heavy group by the USGS convention (groupConvention).' })
  group!: ElementGroup;

  @Field({ description: 'The convention `group` follows.' })
  groupConvention!: string;

  @Field()
  isRareEarth!: boolean;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => [String], { description: 'Main uses, as the sources list them.' })
  uses!: string[];

  /** Source ids, resolved to `sources` by a batched loader. */
  sourceIds!: string[];
}
