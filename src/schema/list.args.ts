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
export function listArgs<F extends Record<string, Filter<unknown>>, const S extends readonly string[]>(options: {
  name: string;
  where: F;
  whereDescription?: string;
  /** The sort fields (the `<Name>SortField` enum); the first is the default. */
  sort: S;
  sortDescription?: string;
  defaultDirection?: SortDirection;
}) {
  const { name } = options;
  const sortField = Object.fromEntries(options.sort.map((field) => [field, field]));
  registerEnumType(sortField, { name: `${name}SortField`, description: options.sortDescription });

  @InputType(`${name}Where`, { description: options.whereDescription })
  class Where {}
  for (const [property, declared] of Object.entries(options.where)) declared.declare(Where.prototype, property);

  @InputType(`${name}Order`)
  class Order {
    @Field(() => sortField, { defaultValue: options.sort[0] })
    field!: S[number];

    @Field(() => SortDirection, { defaultValue: options.defaultDirection ?? SortDirection.ASC })
    direction!: SortDirection;
  }

  @ArgsType()
  class ListArgs extends PageArgs implements ListArgsOf<FilterValues<F>, S[number]> {
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

/** Filters deposits and facilities share; the descriptions say what each list means by them. */
const siteWhere = <E extends object>(statuses: E, described: { element: string; near?: string; nameContains?: string }) => ({
  country: country(),
  element: filters.text(described.element),
  status: filters.anyOf(statuses),
  near: filters.near(described.near),
  nameContains: filters.text(described.nameContains),
});

export const DepositListArgs = listArgs({
  name: 'Deposit',
  whereDescription: 'Deposit filters; all given filters must hold.',
  where: {
    ...siteWhere(DepositStatus, { element: 'Element the deposit contains: symbol or name.', near: 'Only deposits with coordinates within this circle.', nameContains: 'Name or alias contains this text (any case).' }),
    type: filters.anyOf(DepositType),
    heavyRareEarth: filters.flag('Only deposits notable (true) or not notable (false) for heavy rare earths.'),
  },
  sort: ['NAME', 'STATUS', 'COUNTRY', 'DISTANCE', 'CONTAINED_TREO'],
  sortDescription: 'STATUS ranks producing first; DISTANCE needs where.near.',
});
export type DepositListArgs = InstanceType<typeof DepositListArgs>;

export const FacilityListArgs = listArgs({
  name: 'Facility',
  whereDescription: 'Facility filters; all given filters must hold.',
  where: { ...siteWhere(FacilityStatus, { element: 'Element the facility separates, produces or recovers: symbol or name.' }), stage: filters.anyOf(FacilityStage, 'Facilities with any of these stages.') },
  sort: ['NAME', 'STATUS', 'COUNTRY', 'CAPACITY', 'DISTANCE'],
  sortDescription: 'STATUS ranks operating first; DISTANCE needs where.near.',
});
export type FacilityListArgs = InstanceType<typeof FacilityListArgs>;

export const CompanyListArgs = listArgs({
  name: 'Company',
  whereDescription: 'Company filters; all given filters must hold.',
  where: { country: country('Headquarters country: ISO alpha-2/alpha-3, name or alias.'), ownershipType: filters.anyOf(OwnershipType), nameContains: filters.text() },
  sort: ['NAME', 'COUNTRY'],
});
export type CompanyListArgs = InstanceType<typeof CompanyListArgs>;

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
  sort: ['DATE', 'TITLE', 'VALUE'],
});
export type AgreementListArgs = InstanceType<typeof AgreementListArgs>;

export const CountryListArgs = listArgs({
  name: 'Country',
  where: { continent: filters.anyOf(Continent), kind: filters.anyOf(CountryKind), nameContains: filters.text() },
  sort: ['NAME', 'ISO2', 'MINE_PRODUCTION', 'RESERVES'],
  sortDescription: 'MINE_PRODUCTION and RESERVES use the newest USGS figure.',
});
export type CountryListArgs = InstanceType<typeof CountryListArgs>;

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
  sort: ['YEAR', 'SHARE', 'IMPORTER'],
  defaultDirection: SortDirection.DESC,
});
export type TradeDependenceListArgs = InstanceType<typeof TradeDependenceListArgs>;
