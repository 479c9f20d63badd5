import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_FILTER_TEXT } from '../../schema/list.args';

export const MAX_HOPS = 10;

@ArgsType()
export class SupplyChainArgs {
  @Field()
  @MaxLength(MAX_FILTER_TEXT)
  element!: string;

  @Field({ description: 'Importer: ISO code, name or alias.' })
  @MaxLength(MAX_FILTER_TEXT)
  importer!: string;

  @Field(() => Int, { defaultValue: 6, description: `Longest route, in supply links (1–${MAX_HOPS}).` })
  @Min(1, { message: `maxHops must be between 1 and ${MAX_HOPS}` })
  @Max(MAX_HOPS, { message: `maxHops must be between 1 and ${MAX_HOPS}` })
  maxHops!: number;

  @Field({ defaultValue: 'CN', description: 'Country whose location or control along the route is flagged.' })
  @MaxLength(MAX_FILTER_TEXT)
  flagCountry!: string;
}
