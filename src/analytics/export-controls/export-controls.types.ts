import { Field, ID, ObjectType } from 'type-graphql';
import { Source } from '../../schema/common/source.type';
import { Country } from '../../schema/country.type';
import { Element } from '../../schema/element.type';
import { ExportControl } from '../../schema/export-control.type';
import type { GraphNode } from '../../db/graph.repository';
import { ControlStatus } from '../shared/analytics.enums';

@ObjectType({ description: 'An export measure and its status on the asked date.' })
export class ExportControlOnDate {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field(() => String, { nullable: true })
  instrument?: string | null;

  @Field()
  kind!: string;

  @Field(() => ControlStatus)
  status!: ControlStatus;

  @Field(() => String, { nullable: true })
  announced?: string | null;

  @Field(() => String, { nullable: true })
  effective?: string | null;

  @Field(() => String, { nullable: true })
  suspendedFrom?: string | null;

  @Field(() => String, { nullable: true })
  suspendedUntil?: string | null;

  @Field(() => String, { nullable: true })
  liftedOn?: string | null;

  @Field(() => Country, { nullable: true, description: 'Destination targeted (null: all).' })
  target?: GraphNode | null;

  @Field(() => [Element], { description: 'Elements the measure names (empty: the measure covers products or technologies without naming elements; see scope).' })
  elements?: GraphNode[];

  @Field(() => [ExportControl])
  suspendedBy?: GraphNode[];

  @Field(() => String, { nullable: true, description: 'What the data cannot tell (e.g. after a suspension ran out).' })
  note?: string | null;

  @Field(() => ExportControl)
  control?: GraphNode;

  @Field(() => [Source])
  sources?: Source[];

  targetId?: string | null;
  elementIds!: string[];
  suspendedByIds!: string[];
  sourceIds!: string[];
}
