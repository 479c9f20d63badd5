import { agreements, claims, companies, countries, deposits, elements, exportControls, facilities, marketShares, persons, sources, statistics, tradeDependence } from './entity-records';
import { elementVolumes, milestones, offtakes, quantities, ratioShares } from './figure-records';
import type { RecordFile } from './graph-parts';
import { agreementCoverage, agreementParties, depositElements, exportControlElements, exportControlLinks, facilityElements, operators, stakes, supplyLinks } from './link-records';

export * from './entity-records';
export * from './figure-records';
export * from './graph-parts';
export * from './link-records';

/** Every record file of the dataset, the files whose rows are nodes first. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const SEED_FILES: Array<RecordFile<any>> = [
  sources,
  elements,
  countries,
  statistics,
  companies,
  persons,
  deposits,
  facilities,
  tradeDependence,
  agreements,
  exportControls,
  marketShares,
  claims,
  ratioShares,
  quantities,
  milestones,
  offtakes,
  elementVolumes,
  depositElements,
  facilityElements,
  stakes,
  operators,
  supplyLinks,
  agreementParties,
  agreementCoverage,
  exportControlElements,
  exportControlLinks,
];
