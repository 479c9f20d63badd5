import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { StatisticMeasure, StatisticStatus } from './common/enums';
import { Node } from './common/node.interface';

@ObjectType({ implements: Node, description: 'A USGS Mineral Commodity Summaries figure, kept per edition so revisions stay visible.' })
export class Statistic {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'ISO alpha-2 code, WORLD or OTHER (USGS "Other countries").' })
  area!: string;

  @Field(() => StatisticMeasure)
  measure!: StatisticMeasure;

  @Field(() => Int, { description: 'Data year (for reserves: the year the edition reports them for).' })
  year!: number;

  @Field(() => Float, { nullable: true, description: 'Tonnes of rare-earth oxide (REO); null when USGS publishes NA.' })
  tonnesREO?: number | null;

  @Field({ description: 'Edition and version, e.g. "MCS 2026 v1.3".' })
  edition!: string;

  @Field(() => StatisticStatus)
  status!: StatisticStatus;

  @Field({ nullable: true, description: 'USGS footnotes and revision notes.' })
  note?: string;

  sourceIds!: string[];
}
