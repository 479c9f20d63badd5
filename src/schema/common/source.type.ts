import { Field, ID, ObjectType } from 'type-graphql';
import { SourceClass, SourceKind } from './enums';
import { IsoDate } from './iso-date.scalar';
import { Node } from './node.interface';

@ObjectType({ implements: Node, description: 'A publication a fact comes from. Every node and relationship of the graph cites at least one.' })
export class Source {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'Organisation that published it (for a syndicated copy, the original publisher).' })
  publisher!: string;

  @Field({ nullable: true, description: 'The URL that was read (a copy where the original was not reachable; see note).' })
  url?: string;

  @Field(() => IsoDate, { nullable: true, description: 'Publication date, ISO, with the precision the source gives (YYYY, YYYY-MM or YYYY-MM-DD).' })
  published?: string;

  @Field(() => IsoDate, { description: 'Date the source was read for this dataset (YYYY-MM-DD).' })
  accessed!: string;

  @Field(() => SourceKind)
  kind!: SourceKind;

  @Field(() => SourceClass, { nullable: true, description: 'Who publishes it.' })
  class?: SourceClass;

  @Field({ nullable: true, description: 'Where the text was read when the url could not be (an archive or a syndicated copy).' })
  readVia?: string;

  @Field({ nullable: true })
  note?: string;
}
