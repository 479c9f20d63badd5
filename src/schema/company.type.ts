import { Field, ID, ObjectType } from 'type-graphql';
import { OwnershipType } from './common/enums';
import { Node } from './common/node.interface';

@ObjectType({ implements: Node, description: 'A company, state agency, government, armed group or research body.' })
export class Company {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String])
  aliases!: string[];

  @Field(() => OwnershipType, { nullable: true })
  ownershipType?: OwnershipType;

  @Field(() => [String], { description: 'Stock listings, EXCHANGE:TICKER.' })
  listing!: string[];

  @Field({ nullable: true })
  description?: string;

  sourceIds!: string[];
}
