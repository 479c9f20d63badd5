import { IsOptional, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { AgreementKind, AgreementStatus, Continent, CountryKind, DepositStatus, DepositType, FacilityStage, FacilityStatus, OwnershipType, SortDirection, TradeProduct } from './common/enums';
import { NearInput } from './common/geo.type';

/** Longest text accepted in a filter: names and ids are short; a megabyte string is an attack. */
export const MAX_FILTER_TEXT = 200;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

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

/**
 * One filter of a list's `where` input: how it is declared on the generated class (GraphQL type,
 * description, validation rules). `T` is the value a resolver receives.
 */
export interface Filter<T> {
  declare(prototype: object, property: string): void;
  /** Type-level only: the filter's value. */
  readonly value?: T;
}

function filter<T>(declare: (prototype: object, property: string) => void): Filter<T> {
  return { declare };
}

type PropertyDecorator = (prototype: object, property: string) => void;
const apply = (prototype: object, property: string, decorators: PropertyDecorator[]) => decorators.forEach((decorate) => decorate(prototype, property));

/** The kinds of filter the lists take. */
export const filters = {
  /** Free text (an identifier, a name), at most MAX_FILTER_TEXT characters. */
  text: (description?: string) => filter<string>((p, k) => apply(p, k, [Field(() => String, { nullable: true, description }), IsOptional(), MaxLength(MAX_FILTER_TEXT)])),
  /** Any of these values of an enum. */
  anyOf: <E extends object>(values: E, description?: string) => filter<Array<E[keyof E]>>((p, k) => apply(p, k, [Field(() => [values], { nullable: true, description })])),
  flag: (description?: string) => filter<boolean>((p, k) => apply(p, k, [Field(() => Boolean, { nullable: true, description })])),
  /** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: (description?: string) =>
    filter<string>((p, k) => apply(p, k, [Field(() => String, { nullable: true, description }), IsOptional(), Matches(ISO_DATE, { message: `${k} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)` })])),
  year: () => filter<number>((p, k) => apply(p, k, [Field(() => Int, { nullable: true }), IsOptional(), Min(1900), Max(2100)])),
  // class-validator checks an input object's rules only where the field holding it says
  // @ValidateNested() (tests/unit/argument-validation.test.ts keeps every nested input marked).
  near: (description?: string) => filter<NearInput>((p, k) => apply(p, k, [ValidateNested(), Field(() => NearInput, { nullable: true, description })])),
};

type FilterValues<F extends Record<string, Filter<unknown>>> = { [K in keyof F]?: F[K] extends Filter<infer T> ? T : never };

export interface ListArgsOf<W, S extends string> {
  first: number;
  after?: string | null;
  where?: W;
  orderBy?: { field: S; direction: SortDirection };
}

/**
 * A list's arguments (`first`, `after`, `where`, `orderBy`) and their input types — `<Name>Where`,
 * `<Name>Order`, the `<Name>SortField` enum — made from a description of its filters and sorts,
 * so every list validates and defaults the same way.
 */
export function listArgs<F extends Record<string, Filter<unknown>>, S extends string>(options: {
  name: string;
  where: F;
  whereDescription?: string;
  sort: Record<string, S>;
  sortDescription?: string;
  defaultSort: S;
  defaultDirection?: SortDirection;
}) {
  const { name } = options;
  registerEnumType(options.sort, { name: `${name}SortField`, description: options.sortDescription });

  @InputType(`${name}Where`, { description: options.whereDescription })
  class Where {}
  for (const [property, declared] of Object.entries(options.where)) declared.declare(Where.prototype, property);

  @InputType(`${name}Order`)
  class Order {
    @Field(() => options.sort, { defaultValue: options.defaultSort })
    field!: S;

    @Field(() => SortDirection, { defaultValue: options.defaultDirection ?? SortDirection.ASC })
    direction!: SortDirection;
  }

  @ArgsType()
  class ListArgs extends PageArgs implements ListArgsOf<FilterValues<F>, S> {
    @ValidateNested()
    @Field(() => Where, { nullable: true })
    where?: FilterValues<F>;

    @ValidateNested()
    @Field(() => Order, { nullable: true })
    orderBy?: Order;
  }
  Object.defineProperty(ListArgs, 'name', { value: `${name}ListArgs` });
  Object.defineProperty(Where, 'name', { value: `${name}Where` });
  Object.defineProperty(Order, 'name', { value: `${name}Order` });
  return ListArgs;
}

const country = (description = 'Country: ISO alpha-2/alpha-3, name or alias.') => filters.text(description);

export enum DepositSortField {
  NAME = 'NAME',
  STATUS = 'STATUS',
  COUNTRY = 'COUNTRY',
  DISTANCE = 'DISTANCE',
  CONTAINED_TREO = 'CONTAINED_TREO',
}

export const DepositListArgs = listArgs({
  name: 'Deposit',
  whereDescription: 'Deposit filters; all given filters must hold.',
  where: {
    country: country(),
    element: filters.text('Element the deposit contains: symbol or name.'),
    status: filters.anyOf(DepositStatus),
    type: filters.anyOf(DepositType),
    heavyRareEarth: filters.flag('Only deposits notable (true) or not notable (false) for heavy rare earths.'),
    near: filters.near('Only deposits with coordinates within this circle.'),
    nameContains: filters.text('Name or alias contains this text (any case).'),
  },
  sort: DepositSortField,
  sortDescription: 'STATUS ranks producing first; DISTANCE needs where.near.',
  defaultSort: DepositSortField.NAME,
});
export type DepositListArgs = InstanceType<typeof DepositListArgs>;

export enum FacilitySortField {
  NAME = 'NAME',
  STATUS = 'STATUS',
  COUNTRY = 'COUNTRY',
  CAPACITY = 'CAPACITY',
  DISTANCE = 'DISTANCE',
}

export const FacilityListArgs = listArgs({
  name: 'Facility',
  whereDescription: 'Facility filters; all given filters must hold.',
  where: {
    stage: filters.anyOf(FacilityStage, 'Facilities with any of these stages.'),
    country: country(),
    element: filters.text('Element the facility separates, produces or recovers: symbol or name.'),
    status: filters.anyOf(FacilityStatus),
    near: filters.near(),
    nameContains: filters.text(),
  },
  sort: FacilitySortField,
  sortDescription: 'STATUS ranks operating first; DISTANCE needs where.near.',
  defaultSort: FacilitySortField.NAME,
});
export type FacilityListArgs = InstanceType<typeof FacilityListArgs>;

export enum CompanySortField {
  NAME = 'NAME',
  COUNTRY = 'COUNTRY',
}

export const CompanyListArgs = listArgs({
  name: 'Company',
  whereDescription: 'Company filters; all given filters must hold.',
  where: {
    country: country('Headquarters country: ISO alpha-2/alpha-3, name or alias.'),
    ownershipType: filters.anyOf(OwnershipType),
    nameContains: filters.text(),
  },
  sort: CompanySortField,
  defaultSort: CompanySortField.NAME,
});
export type CompanyListArgs = InstanceType<typeof CompanyListArgs>;

export enum AgreementSortField {
  DATE = 'DATE',
  TITLE = 'TITLE',
  VALUE = 'VALUE',
}

export const AgreementListArgs = listArgs({
  name: 'Agreement',
  whereDescription: 'Agreement filters; all given filters must hold.',
  where: {
    kind: filters.anyOf(AgreementKind, 'Agreements with any of these kinds.'),
    party: filters.text('A party: company id or name, or a country (ISO code or name).'),
    element: filters.text('Element covered: symbol or name.'),
    status: filters.anyOf(AgreementStatus),
    from: filters.date('From this date (ISO, inclusive), by the agreement date.'),
    to: filters.date('Up to this date (ISO, inclusive).'),
    titleContains: filters.text(),
  },
  sort: AgreementSortField,
  defaultSort: AgreementSortField.DATE,
});
export type AgreementListArgs = InstanceType<typeof AgreementListArgs>;

export enum CountrySortField {
  NAME = 'NAME',
  ISO2 = 'ISO2',
  MINE_PRODUCTION = 'MINE_PRODUCTION',
  RESERVES = 'RESERVES',
}

export const CountryListArgs = listArgs({
  name: 'Country',
  where: {
    continent: filters.anyOf(Continent),
    kind: filters.anyOf(CountryKind),
    nameContains: filters.text(),
  },
  sort: CountrySortField,
  sortDescription: 'MINE_PRODUCTION and RESERVES use the newest USGS figure.',
  defaultSort: CountrySortField.NAME,
});
export type CountryListArgs = InstanceType<typeof CountryListArgs>;

export enum TradeDependenceSortField {
  YEAR = 'YEAR',
  SHARE = 'SHARE',
  IMPORTER = 'IMPORTER',
}

export const TradeDependenceListArgs = listArgs({
  name: 'TradeDependence',
  where: {
    importer: filters.text('Importer: ISO code or name.'),
    exporter: filters.text('Supplier: ISO code or name.'),
    product: filters.anyOf(TradeProduct),
    element: filters.text('Figures stated for this element (symbol or name).'),
    yearFrom: filters.year(),
    yearTo: filters.year(),
  },
  sort: TradeDependenceSortField,
  defaultSort: TradeDependenceSortField.YEAR,
  defaultDirection: SortDirection.DESC,
});
export type TradeDependenceListArgs = InstanceType<typeof TradeDependenceListArgs>;
