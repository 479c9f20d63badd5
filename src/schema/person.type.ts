import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A person the sources name.' })
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
