import { Field, Float, Int, ObjectType } from 'type-graphql';
import { z } from 'zod';
import { Source } from '../../schema/common/source.type';
import { TradeDependence } from '../../schema/trade-dependence.type';
import type { GraphNode } from '../../db/graph.repository';
import { referenceResolver, SOURCES } from '../../resolvers/references';

@ObjectType({ description: "One of an importer's dependence figures." })
export class DependenceFigure {
  @Field(() => TradeDependence, { nullable: true })
  figure?: GraphNode | null;

  @Field({ nullable: true })
  product?: string;

  @Field(() => Int, { nullable: true })
  year?: number;

  @Field({ nullable: true })
  period?: string;

  @Field(() => Float, { nullable: true })
  sharePct?: number | null;

  @Field({ nullable: true })
  metric?: string;

  @Field({ description: 'Stated for the element itself (rather than for a product group carrying it).' })
  elementSpecific!: boolean;

  @Field(() => [Source])
  sources?: Source[];

  id?: string;
  sourceIds!: string[];
}

export const dependenceRow = z.object({
  id: z.string(),
  product: z.string(),
  year: z.number(),
  period: z.string().nullable().optional(),
  sharePct: z.number().nullable(),
  metric: z.string(),
  elementSpecific: z.boolean(),
  sourceIds: z.array(z.string()).nullable(),
});

export function toDependenceFigure(row: z.infer<typeof dependenceRow>): DependenceFigure {
  return { id: row.id, product: row.product, year: row.year, period: row.period ?? undefined, sharePct: row.sharePct, metric: row.metric, elementSpecific: row.elementSpecific, sourceIds: row.sourceIds ?? [] };
}

export const DependenceFigureReferences = referenceResolver(DependenceFigure, { figure: (figure) => figure.id, sources: SOURCES });
