import { ClassType, Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field({ description: 'True when this page was asked for with `after` (there are items before it).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor?: string | null;

  @Field(() => String, { nullable: true })
  endCursor?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
  distanceKm?: number | null;
}

export interface Connection<T> {
  edges: Array<Edge<T>>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** Relay connection and edge types for a node class (e.g. DepositConnection, DepositEdge). */
export function connectionOf<T extends object>(nodeClass: ClassType<T>, name: string, options: { distance?: boolean } = {}) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field({ description: 'Opaque cursor for `after`.' })
    cursor!: string;

    @Field(() => nodeClass)
    node!: T;

    distanceKm?: number | null;
  }
  // Only lists that can be filtered by a point (deposits, facilities) have a distance on their edges.
  if (options.distance) {
    Field(() => Float, { nullable: true, description: 'Distance in km from the `near` point, when the list was filtered by distance.' })(EdgeType.prototype, 'distanceKm');
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match the filters (all pages).' })
    totalCount!: number;
  }
  return ConnectionType;
}
