import { ArrayMaxSize, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float } from 'type-graphql';
import { MAX_FILTER_TEXT } from '../../schema/list.args';
import { AsOfArgs } from '../shared/analytics.args';

@ArgsType()
export class DisruptionArgs extends AsOfArgs {
  @Field({ description: 'The country that stops or controls exports.' })
  @MaxLength(MAX_FILTER_TEXT)
  country!: string;

  @Field(() => [String], { description: 'Elements (symbols or names), 1–17.' })
  @ArrayMaxSize(17)
  @MaxLength(MAX_FILTER_TEXT, { each: true })
  elements!: string[];

  @Field(() => Float, { defaultValue: 25 })
  @Min(0.01)
  @Max(100)
  controlThreshold!: number;

  @Field({ defaultValue: true })
  includePipeline!: boolean;
}
