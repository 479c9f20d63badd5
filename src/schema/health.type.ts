import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Is the service able to answer from the graph?' })
export class Health {
  @Field({ description: '"ok" when Neo4j answers, "degraded" otherwise.' })
  status!: string;

  @Field()
  neo4jReachable!: boolean;

  @Field({ nullable: true, description: 'Neo4j server version, e.g. "5.26.31".' })
  neo4jVersion?: string;

  @Field({ nullable: true, description: 'Neo4j edition, e.g. "community".' })
  neo4jEdition?: string;
}
