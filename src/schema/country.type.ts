import { Field, ID, ObjectType } from 'type-graphql';
import { Continent, CountryKind } from './common/enums';
import { Node } from './common/node.interface';

@ObjectType({ implements: Node, description: 'A country or territory (ISO 3166), or the European Union (kind UNION).' })
export class Country {
  @Field(() => ID, { description: 'The global id: the ISO alpha-2 code (iso2).' })
  id!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 code (EU for the European Union); the country id.' })
  iso2!: string;

  @Field({ nullable: true, description: 'ISO 3166-1 alpha-3 code (EUU for the EU, as the World Bank uses).' })
  iso3?: string;

  @Field()
  name!: string;

  @Field(() => [String], { description: 'Other names and spellings the sources use (e.g. Burma).' })
  aliases!: string[];

  @Field(() => Continent, { nullable: true })
  continent?: Continent;

  @Field(() => CountryKind)
  kind!: CountryKind;

  sourceIds!: string[];
}
