import { ArrayMaxSize, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_FILTER_TEXT } from '../../schema/list.args';
import { OptionArgs } from '../shared/analytics.args';

/** The most options kept per importer: every option of every importer at scale L exhausted Neo4j's transaction memory. */
export const MAX_OPTIONS_PER_IMPORTER = 500;

@ArgsType()
export class ImporterAlternativesArgs extends OptionArgs {
  @Field(() => [String], { nullable: true, description: 'Only these importers (ISO codes or names); default: every importer with a dependence figure.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(MAX_FILTER_TEXT, { each: true })
  importers?: string[] | null;

  @Field(() => Int, { defaultValue: 25, description: `How many ranked options to list per importer (1–${MAX_OPTIONS_PER_IMPORTER}; optionCount says how many there are).` })
  @Min(1)
  @Max(MAX_OPTIONS_PER_IMPORTER)
  optionsPerImporter!: number;
}
