import { IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { AgreementKind, AgreementStatus, Continent, CountryKind, DepositStatus, DepositType, FacilityStage, FacilityStatus, OwnershipType, SortDirection, TradeProduct } from './common/enums';
import { NearInput } from './common/geo.type';

/** Longest text accepted in a filter: names and ids are short; a megabyte string is an attack. */
export const MAX_FILTER_TEXT = 200;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
// class-validator checks an input object's rules only where the field holding it says
// @ValidateNested(); without it every rule inside `where` and `near` went unchecked
// (tests/unit/argument-validation.test.ts keeps every nested input marked).

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1–100.' })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' })
  @IsOptional()
  @MaxLength(500)
  after?: string | null;
}

// ---- deposits ----

export enum DepositSortField {
  NAME = 'NAME',
  STATUS = 'STATUS',
  COUNTRY = 'COUNTRY',
  DISTANCE = 'DISTANCE',
  CONTAINED_TREO = 'CONTAINED_TREO',
}
registerEnumType(DepositSortField, { name: 'DepositSortField', description: 'STATUS ranks producing first; DISTANCE needs where.near.' });

@InputType({ description: 'Deposit filters; all given filters must hold.' })
export class DepositWhere {
  @Field({ nullable: true, description: 'Country: ISO alpha-2/alpha-3, name or alias.' })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  country?: string;

  @Field({ nullable: true, description: 'Element the deposit contains: symbol or name.' })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  element?: string;

  @Field(() => [DepositStatus], { nullable: true })
  status?: DepositStatus[];

  @Field(() => [DepositType], { nullable: true })
  type?: DepositType[];

  @Field({ nullable: true, description: 'Only deposits notable (true) or not notable (false) for heavy rare earths.' })
  heavyRareEarth?: boolean;

  @ValidateNested()
  @Field(() => NearInput, { nullable: true, description: 'Only deposits with coordinates within this circle.' })
  near?: NearInput;

  @Field({ nullable: true, description: 'Name or alias contains this text (any case).' })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  nameContains?: string;
}

@InputType()
export class DepositOrder {
  @Field(() => DepositSortField, { defaultValue: DepositSortField.NAME })
  field!: DepositSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@ArgsType()
export class DepositListArgs extends PageArgs {
  @ValidateNested()
  @Field(() => DepositWhere, { nullable: true })
  where?: DepositWhere;

  @ValidateNested()
  @Field(() => DepositOrder, { nullable: true })
  orderBy?: DepositOrder;
}

// ---- facilities ----

export enum FacilitySortField {
  NAME = 'NAME',
  STATUS = 'STATUS',
  COUNTRY = 'COUNTRY',
  CAPACITY = 'CAPACITY',
  DISTANCE = 'DISTANCE',
}
registerEnumType(FacilitySortField, { name: 'FacilitySortField', description: 'STATUS ranks operating first; DISTANCE needs where.near.' });

@InputType({ description: 'Facility filters; all given filters must hold.' })
export class FacilityWhere {
  @Field(() => [FacilityStage], { nullable: true, description: 'Facilities with any of these stages.' })
  stage?: FacilityStage[];

  @Field({ nullable: true, description: 'Country: ISO alpha-2/alpha-3, name or alias.' })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  country?: string;

  @Field({ nullable: true, description: 'Element the facility separates, produces or recovers: symbol or name.' })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  element?: string;

  @Field(() => [FacilityStatus], { nullable: true })
  status?: FacilityStatus[];

  @ValidateNested()
  @Field(() => NearInput, { nullable: true })
  near?: NearInput;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  nameContains?: string;
}

@InputType()
export class FacilityOrder {
  @Field(() => FacilitySortField, { defaultValue: FacilitySortField.NAME })
  field!: FacilitySortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@ArgsType()
export class FacilityListArgs extends PageArgs {
  @ValidateNested()
  @Field(() => FacilityWhere, { nullable: true })
  where?: FacilityWhere;

  @ValidateNested()
  @Field(() => FacilityOrder, { nullable: true })
  orderBy?: FacilityOrder;
}

// ---- companies ----

export enum CompanySortField {
  NAME = 'NAME',
  COUNTRY = 'COUNTRY',
}
registerEnumType(CompanySortField, { name: 'CompanySortField' });

@InputType({ description: 'Company filters; all given filters must hold.' })
export class CompanyWhere {
  @Field({ nullable: true, description: 'Headquarters country: ISO alpha-2/alpha-3, name or alias.' })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  country?: string;

  @Field(() => [OwnershipType], { nullable: true })
  ownershipType?: OwnershipType[];

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  nameContains?: string;
}

@InputType()
export class CompanyOrder {
  @Field(() => CompanySortField, { defaultValue: CompanySortField.NAME })
  field!: CompanySortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@ArgsType()
export class CompanyListArgs extends PageArgs {
  @ValidateNested()
  @Field(() => CompanyWhere, { nullable: true })
  where?: CompanyWhere;

  @ValidateNested()
  @Field(() => CompanyOrder, { nullable: true })
  orderBy?: CompanyOrder;
}

// ---- agreements ----

export enum AgreementSortField {
  DATE = 'DATE',
  TITLE = 'TITLE',
  VALUE = 'VALUE',
}
registerEnumType(AgreementSortField, { name: 'AgreementSortField' });

@InputType({ description: 'Agreement filters; all given filters must hold.' })
export class AgreementWhere {
  @Field(() => [AgreementKind], { nullable: true, description: 'Agreements with any of these kinds.' })
  kind?: AgreementKind[];

  @Field({ nullable: true, description: 'A party: company id or name, or a country (ISO code or name).' })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  party?: string;

  @Field({ nullable: true, description: 'Element covered: symbol or name.' })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  element?: string;

  @Field(() => [AgreementStatus], { nullable: true })
  status?: AgreementStatus[];

  @Field({ nullable: true, description: 'From this date (ISO, inclusive), by the agreement date.' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'from must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)' })
  from?: string;

  @Field({ nullable: true, description: 'Up to this date (ISO, inclusive).' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'to must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)' })
  to?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  titleContains?: string;
}

@InputType()
export class AgreementOrder {
  @Field(() => AgreementSortField, { defaultValue: AgreementSortField.DATE })
  field!: AgreementSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@ArgsType()
export class AgreementListArgs extends PageArgs {
  @ValidateNested()
  @Field(() => AgreementWhere, { nullable: true })
  where?: AgreementWhere;

  @ValidateNested()
  @Field(() => AgreementOrder, { nullable: true })
  orderBy?: AgreementOrder;
}

// ---- countries ----

export enum CountrySortField {
  NAME = 'NAME',
  ISO2 = 'ISO2',
  MINE_PRODUCTION = 'MINE_PRODUCTION',
  RESERVES = 'RESERVES',
}
registerEnumType(CountrySortField, { name: 'CountrySortField', description: 'MINE_PRODUCTION and RESERVES use the newest USGS figure.' });

@InputType()
export class CountryWhere {
  @Field(() => [Continent], { nullable: true })
  continent?: Continent[];

  @Field(() => [CountryKind], { nullable: true })
  kind?: CountryKind[];

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  nameContains?: string;
}

@InputType()
export class CountryOrder {
  @Field(() => CountrySortField, { defaultValue: CountrySortField.NAME })
  field!: CountrySortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;
}

@ArgsType()
export class CountryListArgs extends PageArgs {
  @ValidateNested()
  @Field(() => CountryWhere, { nullable: true })
  where?: CountryWhere;

  @ValidateNested()
  @Field(() => CountryOrder, { nullable: true })
  orderBy?: CountryOrder;
}

// ---- trade dependence ----

export enum TradeDependenceSortField {
  YEAR = 'YEAR',
  SHARE = 'SHARE',
  IMPORTER = 'IMPORTER',
}
registerEnumType(TradeDependenceSortField, { name: 'TradeDependenceSortField' });

@InputType()
export class TradeDependenceWhere {
  @Field({ nullable: true, description: 'Importer: ISO code or name.' })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  importer?: string;

  @Field({ nullable: true, description: 'Supplier: ISO code or name.' })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  exporter?: string;

  @Field(() => [TradeProduct], { nullable: true })
  product?: TradeProduct[];

  @Field({ nullable: true, description: 'Figures stated for this element (symbol or name).' })
  @IsOptional()
  @MaxLength(MAX_FILTER_TEXT)
  element?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  yearFrom?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  yearTo?: number;
}

@InputType()
export class TradeDependenceOrder {
  @Field(() => TradeDependenceSortField, { defaultValue: TradeDependenceSortField.YEAR })
  field!: TradeDependenceSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC })
  direction!: SortDirection;
}

@ArgsType()
export class TradeDependenceListArgs extends PageArgs {
  @ValidateNested()
  @Field(() => TradeDependenceWhere, { nullable: true })
  where?: TradeDependenceWhere;

  @ValidateNested()
  @Field(() => TradeDependenceOrder, { nullable: true })
  orderBy?: TradeDependenceOrder;
}
