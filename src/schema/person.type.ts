import { Field, ID, ObjectType } from 'type-graphql';
import { Node } from './common/node.interface';

@ObjectType({ implements: Node, description: 'A person the sources name.' })
export class Person {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => [String])
  aliases!: string[];

  @Field({ nullable: true })
  role?: string;

  sourceIds!: string[];
}
