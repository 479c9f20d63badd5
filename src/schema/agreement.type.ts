import { Field, Float, ID, ObjectType } from 'type-graphql';
import { AgreementKind, AgreementStatus } from './common/enums';
import { IsoDate } from './common/iso-date.scalar';
import { Node } from './common/node.interface';

@ObjectType({ implements: Node, description: 'An agreement: offtake, joint venture, equity, financing, licence, framework, price floor, supply…' })
export class Agreement {
  @Field(() => ID)
  id!: string;

  @Field(() => AgreementKind, { description: 'The main kind (first of kinds).' })
  kind!: AgreementKind;

  @Field(() => [AgreementKind])
  kinds!: AgreementKind[];

  @Field()
  title!: string;

  @Field(() => IsoDate, { nullable: true, description: 'ISO date with the precision the sources give.' })
  announced?: string;

  @Field(() => IsoDate, { nullable: true })
  signed?: string;

  @Field(() => IsoDate, { nullable: true })
  startDate?: string;

  @Field(() => IsoDate, { nullable: true })
  endDate?: string;

  @Field(() => IsoDate, { nullable: true, description: 'The date lists sort and filter by: signed, else announced, else start.' })
  date?: string;

  @Field(() => AgreementStatus)
  status!: AgreementStatus;

  @Field(() => Float, { nullable: true })
  valueAmount?: number;

  @Field({ nullable: true, description: 'ISO 4217 currency of valueAmount.' })
  valueCurrency?: string;

  @Field({ nullable: true, description: "The sources' words on value and terms." })
  valueText?: string;

  @Field({ nullable: true })
  description?: string;

  sourceIds!: string[];
}
