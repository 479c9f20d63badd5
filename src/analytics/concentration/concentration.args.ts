import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_FILTER_TEXT } from '../../schema/list.args';
import { AsOfArgs } from '../shared/analytics.args';
import { ControlBasis, SupplyStage } from '../shared/analytics.enums';

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
