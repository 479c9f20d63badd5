import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { MAX_FILTER_TEXT } from '../../schema/list.args';
import { AsOfArgs } from '../shared/analytics.args';

@ArgsType()
export class ExportControlArgs extends AsOfArgs {
  @Field({ description: 'The state imposing the measures.' })
  @MaxLength(MAX_FILTER_TEXT)
  country!: string;

  @Field({ nullable: true, description: 'Only measures naming this element.' })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  element?: string;
}
