import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { TONNES_YEARS } from '../../domain/tonnes';
import { OutsideArgs } from '../shared/analytics.args';
import { SupplyStage } from '../shared/analytics.enums';

/** Most years one answer covers. */
export const MAX_BALANCE_YEARS = 30;

@ArgsType()
export class SupplyBalanceArgs extends OutsideArgs {
  @Field(() => SupplyStage, { defaultValue: SupplyStage.SEPARATION_REFINING, description: 'The stage counted: SEPARATION_REFINING (oxide, the default), RECYCLING, METAL_ALLOY (metal), MAGNET (magnets), MINING or CRACKING_LEACHING.' })
  stage!: SupplyStage;

  @Field(() => Int, { nullable: true, description: `First year (default: last year), ${TONNES_YEARS.first}–${TONNES_YEARS.last}.` })
  @IsOptional()
  @Min(TONNES_YEARS.first)
  @Max(TONNES_YEARS.last)
  fromYear?: number | null;

  @Field(() => Int, { nullable: true, description: `Last year (default: 2030, or fromYear + 5 if later); at most ${MAX_BALANCE_YEARS} years from fromYear.` })
  @IsOptional()
  @Min(TONNES_YEARS.first)
  @Max(TONNES_YEARS.last)
  toYear?: number | null;

  @Field({ defaultValue: false, description: 'true also counts sites whose route outside the country is only planned (PLANNED_OUTSIDE): the scenario in which those routes happen. Default false: only routes in place count.' })
  countPlannedRoutes!: boolean;
}
