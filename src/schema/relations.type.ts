import { createUnionType, Field, Float, ObjectType } from 'type-graphql';
import { Agreement } from './agreement.type';
import { Company } from './company.type';
import { ContentRole, PartyRole, ProcessingRole, ProcessingStatus, StakeBasis, StakeStatus, SupplyStatus } from './common/enums';
import { IsoDate } from './common/iso-date.scalar';
import { Country } from './country.type';
import { Deposit } from './deposit.type';
import { Element } from './element.type';
import { ExportControl } from './export-control.type';
import { Facility } from './facility.type';
import { Person } from './person.type';

/** A node read from the graph carries its labels; unions pick the GraphQL type from them. */
export interface Labelled {
  _labels?: string[];
}

const byLabel = (candidates: Array<[string, unknown]>) => (value: object) => {
  const labels = (value as Labelled)._labels ?? [];
  const match = candidates.find(([label]) => labels.includes(label));
  return match ? (match[1] as never) : undefined;
};

export const OwnedEntity = createUnionType({
  name: 'OwnedEntity',
  description: 'What a stake is held in: a company, a deposit or a facility.',
  types: () => [Company, Deposit, Facility] as const,
  resolveType: byLabel([['Company', Company], ['Deposit', Deposit], ['Facility', Facility]]),
});

export const Site = createUnionType({
  name: 'Site',
  description: 'A place material comes from or goes through: a deposit or a facility.',
  types: () => [Deposit, Facility] as const,
  resolveType: byLabel([['Deposit', Deposit], ['Facility', Facility]]),
});

export const SupplyTarget = createUnionType({
  name: 'SupplyTarget',
  description: 'Where material goes: a facility, or a buying company.',
  types: () => [Facility, Company] as const,
  resolveType: byLabel([['Facility', Facility], ['Company', Company]]),
});

export const Party = createUnionType({
  name: 'Party',
  description: 'A party to an agreement: a company or agency, or a state.',
  types: () => [Company, Country] as const,
  resolveType: byLabel([['Company', Company], ['Country', Country]]),
});

export const CoveredEntity = createUnionType({
  name: 'CoveredEntity',
  description: 'What an agreement covers: an element, a deposit or a facility.',
  types: () => [Element, Deposit, Facility] as const,
  resolveType: byLabel([['Element', Element], ['Deposit', Deposit], ['Facility', Facility]]),
});

export const AnyEntity = createUnionType({
  name: 'AnyEntity',
  description: 'Any named entity of the graph.',
  types: () => [Element, Country, Deposit, Facility, Company, Agreement, ExportControl, Person] as const,
  resolveType: byLabel([
    ['Element', Element],
    ['Country', Country],
    ['Deposit', Deposit],
    ['Facility', Facility],
    ['Company', Company],
    ['Agreement', Agreement],
    ['ExportControl', ExportControl],
    ['Person', Person],
  ]),
});

@ObjectType({ description: 'An ownership stake: owner → owned, with percentage, basis, dates, status and sources.' })
export class Stake {
  @Field(() => Float, { nullable: true, description: 'Percentage as published; null when only words are published (see stakeText).' })
  stakePct?: number;

  @Field({ nullable: true, description: "The sources' words (≈15% as-converted, controlling…)." })
  stakeText?: string;

  @Field(() => StakeBasis)
  basis!: StakeBasis;

  @Field(() => IsoDate, { nullable: true, description: 'Date the stake is reported for.' })
  asOf?: string;

  @Field(() => IsoDate, { nullable: true, description: 'Date it ended (empty while held).' })
  until?: string;

  @Field(() => StakeStatus)
  status!: StakeStatus;

  @Field({ nullable: true })
  note?: string;

  ownerId!: string;
  ownedId!: string;
  sourceIds!: string[];
}

@ObjectType({ description: 'A company running a site.' })
export class Operation {
  @Field(() => IsoDate, { nullable: true })
  since?: string;

  @Field(() => IsoDate, { nullable: true })
  until?: string;

  @Field({ nullable: true })
  note?: string;

  companyId!: string;
  siteId!: string;
  sourceIds!: string[];
}

@ObjectType({ description: 'An element in a deposit, with its content or share where published.' })
export class DepositContent {
  @Field(() => ContentRole)
  role!: ContentRole;

  @Field({ nullable: true, description: "The sources' words, e.g. 'Dy2O3 0.04%'." })
  content?: string;

  @Field(() => Float, { nullable: true, description: 'Share of TREO, % (where published).' })
  sharePct?: number;

  depositId!: string;
  elementId!: string;
  sourceIds!: string[];
}

@ObjectType({ description: 'What a facility separates, produces or recovers, with capacity and status.' })
export class Processing {
  @Field(() => ProcessingRole)
  role!: ProcessingRole;

  @Field({ nullable: true, description: 'Product, e.g. "Dy oxide".' })
  product?: string;

  @Field(() => Float, { nullable: true })
  capacityTonnesPerYear?: number;

  @Field(() => ProcessingStatus)
  status!: ProcessingStatus;

  @Field({ nullable: true })
  note?: string;

  facilityId!: string;
  elementId!: string;
  sourceIds!: string[];
}

@ObjectType({ description: 'A physical flow of material from a site to a facility or buyer.' })
export class SupplyLink {
  @Field()
  product!: string;

  @Field(() => IsoDate, { nullable: true })
  since?: string;

  @Field(() => IsoDate, { nullable: true })
  until?: string;

  @Field(() => SupplyStatus)
  status!: SupplyStatus;

  @Field({ nullable: true })
  note?: string;

  fromId!: string;
  toId!: string;
  sourceIds!: string[];
}

@ObjectType({ description: 'A party to an agreement and its role.' })
export class AgreementParty {
  @Field(() => PartyRole)
  role!: PartyRole;

  @Field({ nullable: true })
  note?: string;

  partyId!: string;
  agreementId!: string;
  sourceIds!: string[];
}
