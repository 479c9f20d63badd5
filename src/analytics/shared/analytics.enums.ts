import { registerEnumType } from 'type-graphql';

export enum ControlBasis {
  LOCATION = 'LOCATION',
  CONTROL = 'CONTROL',
  BOTH = 'BOTH',
}
registerEnumType(ControlBasis, {
  name: 'ControlBasis',
  description: 'LOCATION: where a site lies. CONTROL: who controls it (effective ownership through chains, state ownership included). BOTH: both must be outside.',
});

export enum SupplyStage {
  MINING = 'MINING',
  MINING_CONCENTRATION = 'MINING_CONCENTRATION',
  CRACKING_LEACHING = 'CRACKING_LEACHING',
  SEPARATION_REFINING = 'SEPARATION_REFINING',
  METAL_ALLOY = 'METAL_ALLOY',
  MAGNET = 'MAGNET',
  RECYCLING = 'RECYCLING',
}
registerEnumType(SupplyStage, { name: 'SupplyStage', description: 'MINING = deposits (and mining/concentration plants); the others are facility stages.' });

export enum StatusLevel {
  PRODUCING = 'PRODUCING',
  CONSTRUCTION = 'CONSTRUCTION',
  DEVELOPMENT = 'DEVELOPMENT',
  EXPLORATION = 'EXPLORATION',
  IDLE = 'IDLE',
}
registerEnumType(StatusLevel, { name: 'StatusLevel', description: 'Rank of an option: producing > construction > development (incl. pilot, planned) > exploration > idle (care and maintenance, suspended).' });

export enum RouteVerdict {
  OUTSIDE = 'OUTSIDE',
  PLANNED_OUTSIDE = 'PLANNED_OUTSIDE',
  VIA_COUNTRY = 'VIA_COUNTRY',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(RouteVerdict, {
  name: 'RouteVerdict',
  description:
    'Where a site’s output goes on the date, judged by the chosen basis: OUTSIDE = a current route whose every step (to separation, or to a named buyer) is outside the country; PLANNED_OUTSIDE = none today, one planned; VIA_COUNTRY = every recorded route has a step located in or controlled from the country; UNKNOWN = no downstream link recorded. A plant that itself separates, makes metal or magnets, or recycles is OUTSIDE.',
});

export enum Confidence {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}
registerEnumType(Confidence, {
  name: 'Confidence',
  description:
    'HIGH: reported actual output, or the nameplate of an operating plant, stated by the operator, its filing or an agency. MEDIUM: nameplate or guidance of a plant built, commissioning or funded; a reported figure split by a ratio band; a published demand figure. LOW: targets of plants not yet funded or built, press-only figures, every model estimate.',
});

export enum QuantityBasis {
  ACTUAL_OUTPUT = 'ACTUAL_OUTPUT',
  GUIDANCE = 'GUIDANCE',
  NAMEPLATE = 'NAMEPLATE',
  TARGET = 'TARGET',
  MODEL_ESTIMATE = 'MODEL_ESTIMATE',
}
registerEnumType(QuantityBasis, { name: 'QuantityBasis', description: 'What a tonnage is: reported output of a past period, design capacity, the operator’s forecast, an aim, or this project’s estimate from cited inputs.' });

export enum VolumeBasis {
  REPORTED = 'REPORTED',
  FORECAST = 'FORECAST',
  MODEL_ESTIMATE = 'MODEL_ESTIMATE',
}
registerEnumType(VolumeBasis, { name: 'VolumeBasis', description: 'A published figure for the year, a published projection, or this project’s estimate (its method stated).' });

export enum ControlStatus {
  ANNOUNCED = 'ANNOUNCED',
  IN_FORCE = 'IN_FORCE',
  SUSPENDED = 'SUSPENDED',
  LIFTED = 'LIFTED',
}
registerEnumType(ControlStatus, { name: 'ControlStatus', description: 'Status of an export measure on the asked date.' });

export enum ChainArrival {
  DIRECT = 'DIRECT',
  TRADE = 'TRADE',
}
registerEnumType(ChainArrival, { name: 'ChainArrival', description: 'DIRECT: the last step is in the importer. TRADE: it is in a country the importer depends on.' });
