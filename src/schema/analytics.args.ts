import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float, Int } from 'type-graphql';
import { ControlBasis, SupplyStage } from './analytics.type';
import { MAX_FILTER_TEXT } from './list.args';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'asOf must be a date YYYY-MM-DD';

@ArgsType()
export class AsOfArgs {
  @Field({ nullable: true, description: 'Date the answer is for (YYYY-MM-DD); default today.' })
  @IsOptional()
  @Matches(FULL_DATE, { message: DATE_MESSAGE })
  asOf?: string;
}

@ArgsType()
export class OptionArgs extends AsOfArgs {
  @Field({ description: 'Element: symbol or name.' })
  @MaxLength(MAX_FILTER_TEXT)
  element!: string;

  @Field({ description: 'The country to source outside of: ISO code, name or alias.' })
  @MaxLength(MAX_FILTER_TEXT)
  outside!: string;

  @Field(() => ControlBasis, { defaultValue: ControlBasis.BOTH, description: 'LOCATION, CONTROL or BOTH (default).' })
  basis!: ControlBasis;

  @Field(() => [SupplyStage], { nullable: true, description: 'Only these stages (default: all).' })
  @IsOptional()
  @ArrayMaxSize(10)
  stages?: SupplyStage[] | null;

  @Field({ defaultValue: true, description: 'false keeps producing sites only.' })
  includePipeline!: boolean;

  @Field(() => Float, { defaultValue: 25, description: 'Effective ownership (%) from the country at or above which a site counts as controlled from it.' })
  @Min(0.01)
  @Max(100)
  controlThreshold!: number;
}

@ArgsType()
export class ImporterAlternativesArgs extends OptionArgs {
  @Field(() => [String], { nullable: true, description: 'Only these importers (ISO codes or names); default: every importer with a dependence figure.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(MAX_FILTER_TEXT, { each: true })
  importers?: string[] | null;

  @Field(() => Int, { defaultValue: 25, description: 'How many ranked options to list per importer (1–500; optionCount says how many there are).' })
  @Min(1)
  @Max(500)
  optionsPerImporter!: number;
}

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

@ArgsType()
export class ConcentrationArgs extends AsOfArgs {
  @Field()
  @MaxLength(MAX_FILTER_TEXT)
  element!: string;

  @Field(() => SupplyStage, { description: 'MINING, SEPARATION_REFINING, METAL_ALLOY, MAGNET or RECYCLING.' })
  stage!: SupplyStage;

  @Field(() => ControlBasis, { defaultValue: ControlBasis.LOCATION, description: 'LOCATION or CONTROL.' })
  basis!: ControlBasis;

  @Field(() => Int, { nullable: true, description: 'Year (default: last year).' })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  year?: number;
}

@ArgsType()
export class SupplyChainArgs {
  @Field()
  @MaxLength(MAX_FILTER_TEXT)
  element!: string;

  @Field({ description: 'Importer: ISO code, name or alias.' })
  @MaxLength(MAX_FILTER_TEXT)
  importer!: string;

  @Field(() => Int, { defaultValue: 6, description: 'Longest route, in supply links (1–10).' })
  @Min(1, { message: 'maxHops must be between 1 and 10' })
  @Max(10, { message: 'maxHops must be between 1 and 10' })
  maxHops!: number;

  @Field({ defaultValue: 'CN', description: 'Country whose location or control along the route is flagged.' })
  @MaxLength(MAX_FILTER_TEXT)
  flagCountry!: string;
}

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
