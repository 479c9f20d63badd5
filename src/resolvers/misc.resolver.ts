import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../context';
import type { GraphNode } from '../db/graph.repository';
import { assertIdentifierLength } from '../domain/identifiers';
import { UnknownIdentifierError } from '../errors';
import { Claim } from '../schema/claim.type';
import { EntityType } from '../schema/common/enums';
import { Source } from '../schema/common/source.type';
import { Company } from '../schema/company.type';
import { Country } from '../schema/country.type';
import { Person } from '../schema/person.type';
import { AnyEntity } from '../schema/relations.type';
import { Citation } from '../schema/search.type';
import { Statistic } from '../schema/statistic.type';
import { firstRelatedNode, sourcesOf } from './support';

@Resolver(() => Statistic)
export class StatisticResolver {
  @FieldResolver(() => Country, { nullable: true, description: 'The country (null for WORLD and OTHER).' })
  country(@Root() statistic: GraphNode, @Ctx() context: RequestContext) {
    return firstRelatedNode(context, statistic.id, 'HAS_STATISTIC', 'IN');
  }

  @FieldResolver(() => [Source])
  sources(@Root() statistic: GraphNode, @Ctx() context: RequestContext) {
    return sourcesOf(statistic, context);
  }
}

@Resolver(() => Claim)
export class ClaimResolver {
  @FieldResolver(() => AnyEntity, { nullable: true, description: 'What the claim is about.' })
  subject(@Root() claim: GraphNode, @Ctx() context: RequestContext) {
    return firstRelatedNode(context, claim.id, 'ABOUT', 'OUT');
  }

  @FieldResolver(() => [Source], { description: 'The claim’s source and the sources of the correction.' })
  sources(@Root() claim: GraphNode, @Ctx() context: RequestContext) {
    return sourcesOf(claim, context);
  }
}

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Company, { nullable: true })
  affiliation(@Root() person: GraphNode, @Ctx() context: RequestContext) {
    return firstRelatedNode(context, person.id, 'AFFILIATED_WITH', 'OUT');
  }

  @FieldResolver(() => [Source])
  sources(@Root() person: GraphNode, @Ctx() context: RequestContext) {
    return sourcesOf(person, context);
  }
}

const TYPES = new Map<string, EntityType>(Object.values(EntityType).map((value) => [value as string, value]));

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => Source, { nullable: true, description: 'A source by id.' })
  async source(@Arg('id') id: string, @Ctx() context: RequestContext): Promise<Source> {
    assertIdentifierLength(id, 'id');
    const [found] = await context.loaders.sources.loadMany([id.trim()]);
    if (found && !(found instanceof Error)) return found;
    throw new UnknownIdentifierError('source', id, 'id', await context.repos.suggestions.similarSources(id));
  }

  @FieldResolver(() => [Citation], { description: 'Entities that cite this source (relationships cite it through their own `sources`).' })
  async citedBy(@Root() source: Source, @Ctx() context: RequestContext): Promise<Citation[]> {
    const { citedBy } = await context.repos.sources.citations(source.id);
    return citedBy.map((entry) => {
      const label = entry.labels.find((l) => l !== 'Entity') ?? 'Entity';
      return { type: TYPES.get(label) ?? null, label, id: entry.id, name: entry.name };
    });
  }
}
