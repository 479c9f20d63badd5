import { Field, Float, ObjectType } from 'type-graphql';
import { EntityType } from './common/enums';

@ObjectType({ description: 'A full-text search hit over names and aliases.' })
export class SearchHit {
  @Field(() => EntityType)
  type!: EntityType;

  @Field()
  id!: string;

  @Field()
  name!: string;

  @Field(() => Float, { description: 'Relevance (Lucene score); higher is better.' })
  score!: number;
}

@ObjectType({ description: 'A node that cites a source.' })
export class Citation {
  @Field(() => EntityType, { nullable: true, description: 'Kind of entity (null for statistics, trade figures and claims).' })
  type?: EntityType | null;

  @Field()
  label!: string;

  @Field()
  id!: string;

  @Field()
  name!: string;
}
