import { Max, MaxLength, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, Int, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { SearchHit } from '../schema/search.type';
import { EntityType } from '../schema/common/enums';

@ArgsType()
class SearchArgs {
  @Field({ description: 'Words of a name or alias; typos are tolerated.' })
  @MaxLength(200)
  text!: string;

  @Field(() => Int, { nullable: true, defaultValue: 10, description: 'How many hits, 1–100.' })
  @Min(1)
  @Max(100)
  first!: number;
}

const TYPE_BY_LABEL = new Map<string, EntityType>(Object.values(EntityType).map((value) => [value as string, value]));

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], { description: 'Full-text search over the names and aliases of every entity (Neo4j full-text index), typo-tolerant and ranked.' })
  async search(@Args() { text, first }: SearchArgs, @Ctx() context: RequestContext): Promise<SearchHit[]> {
    const hits = await context.repos.graph.search(text, first);
    return hits.filter((hit) => TYPE_BY_LABEL.has(hit.label)).map((hit) => ({ type: TYPE_BY_LABEL.get(hit.label)!, id: hit.id, name: hit.name, score: hit.score }));
  }
}

