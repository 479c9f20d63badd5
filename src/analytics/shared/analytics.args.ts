import { ArrayMaxSize, IsOptional, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float, Int } from 'type-graphql';
import { TONNES_YEARS } from '../../domain/tonnes';
import { MAX_FILTER_TEXT } from '../../schema/list.args';
import { Confidence, ControlBasis, RouteVerdict, SupplyStage } from './analytics.enums';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'asOf must be a date YYYY-MM-DD';

@ArgsType()
export class AsOfArgs {
  @Field({ nullable: true, description: 'Date the answer is for (YYYY-MM-DD); default today.' })
  @IsOptional()
  @Matches(FULL_DATE, { message: DATE_MESSAGE })
  asOf?: string;
}

/** Which sites count as outside a country, by what basis, on which date. */
@ArgsType()
export class OutsideArgs extends AsOfArgs {
  @Field({ description: 'Element: symbol or name.' })
  @MaxLength(MAX_FILTER_TEXT)
  element!: string;

  @Field({ description: 'The country to source outside of: ISO code, name or alias.' })
  @MaxLength(MAX_FILTER_TEXT)
  outside!: string;

  @Field(() => ControlBasis, { defaultValue: ControlBasis.BOTH, description: 'LOCATION, CONTROL or BOTH (default).' })
  basis!: ControlBasis;

  @Field(() => Float, { defaultValue: 25, description: 'Effective ownership (%) from the country at or above which a site counts as controlled from it.' })
  @Min(0.01)
  @Max(100)
  controlThreshold!: number;

  @Field(() => Confidence, { defaultValue: Confidence.LOW, description: 'Count only tonnages of at least this confidence.' })
  minConfidence!: Confidence;
}

@ArgsType()
export class OptionArgs extends OutsideArgs {
  @Field(() => [SupplyStage], { nullable: true, description: 'Only these stages (default: all).' })
  @IsOptional()
  @ArrayMaxSize(10)
  stages?: SupplyStage[] | null;

  @Field({ defaultValue: true, description: 'false keeps producing sites only.' })
  includePipeline!: boolean;

  @Field(() => [RouteVerdict], { nullable: true, description: 'Only options whose downstream route on the date has one of these verdicts (default: all, VIA_COUNTRY last).' })
  @IsOptional()
  @ArrayMaxSize(4)
  route?: RouteVerdict[] | null;

  @Field(() => Int, { nullable: true, description: `The year deliverable tonnes are ranked by (default: this year), ${TONNES_YEARS.first}–${TONNES_YEARS.last}.` })
  @IsOptional()
  @Min(TONNES_YEARS.first)
  @Max(TONNES_YEARS.last)
  year?: number | null;
}
