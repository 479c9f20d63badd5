import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_FILTER_TEXT } from '../../schema/list.args';

@ArgsType()
export class ImportDependenceArgs {
  @Field({ description: 'Importer: ISO code, name or alias.' })
  @MaxLength(MAX_FILTER_TEXT)
  importer!: string;

  @Field({ nullable: true, description: 'Element: symbol or name (default: every figure).' })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  element?: string;

  @Field(() => Int, { nullable: true, description: 'Year (default: all years).' })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  year?: number;
}
