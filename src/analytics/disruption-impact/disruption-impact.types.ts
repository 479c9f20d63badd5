import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Agreement } from '../../schema/agreement.type';
import { Country } from '../../schema/country.type';
import { Element } from '../../schema/element.type';
import { ExportControl } from '../../schema/export-control.type';
import type { GraphNode } from '../../db/graph.repository';
import { ControlStatus } from '../shared/analytics.enums';
import { DependenceFigure } from '../shared/dependence.types';

@ObjectType()
export class ControlOnDate {
  @Field(() => ExportControl)
  control?: GraphNode;

  @Field(() => ControlStatus)
  status!: ControlStatus;

  controlId!: string;
}

@ObjectType()
export class CapacityTotal {
  @Field()
  unit!: string;

  @Field(() => Float)
  total!: number;
}

@ObjectType({ description: 'Sources remaining under one basis.' })
export class RemainingSources {
  @Field(() => Int)
  sites!: number;

  @Field(() => Int)
  producingSites!: number;

  @Field(() => [CapacityTotal], { description: 'Published capacity summed per unit (units are never mixed).' })
  capacity!: CapacityTotal[];
}

@ObjectType()
export class RemainingByBasis {
  @Field(() => RemainingSources)
  byLocation!: RemainingSources;

  @Field(() => RemainingSources)
  byControl!: RemainingSources;

  @Field(() => RemainingSources)
  both!: RemainingSources;
}

@ObjectType()
export class ImporterRisk {
  @Field(() => Country)
  importer?: GraphNode;

  @Field(() => DependenceFigure, { nullable: true, description: "The importer's newest dependence figure on the country for the element." })
  shareAtRisk?: DependenceFigure | null;

  @Field(() => [Agreement], { description: 'Agreements through which it already reaches a remaining source.' })
  mitigatingAgreements?: GraphNode[];

  importerId!: string;
  agreementIds!: string[];
}

@ObjectType({ description: 'What a stop or control of one element’s exports puts at risk, and what remains.' })
export class ElementDisruption {
  @Field(() => Element)
  element?: GraphNode;

  @Field(() => [ControlOnDate], { description: "The country's measures on this element on the date (in force, suspended or announced)." })
  controls!: ControlOnDate[];

  @Field(() => RemainingByBasis)
  remaining!: RemainingByBasis;

  @Field(() => [ImporterRisk])
  importers!: ImporterRisk[];

  elementId!: string;
}
