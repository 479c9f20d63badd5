import type { ClassType } from 'type-graphql';
import { ElementVolume } from '../schema/element-volume.type';
import { MarketShare } from '../schema/market-share.type';
import { Milestone } from '../schema/milestone.type';
import { Offtake } from '../schema/offtake.type';
import { Quantity } from '../schema/quantity.type';
import { RatioShare } from '../schema/ratio-share.type';
import { referenceResolver, SOURCES } from './references';

/** What the figure nodes store by id (element symbols, the area code), resolved through the request's loaders. */
const elements = { many: (figure: { elements?: string[] }) => figure.elements };

/** The references of the figure types (market shares and the tonnage files), each one batched lookup. */
export const FIGURE_RESOLVERS: ClassType[] = [
  referenceResolver(MarketShare, { sources: SOURCES }),
  referenceResolver(Quantity, { elements, sources: SOURCES }),
  referenceResolver(RatioShare, { element: (share: { element?: string }) => share.element, sources: SOURCES }),
  referenceResolver(Milestone, { element: (milestone: { element?: string }) => milestone.element, sources: SOURCES }),
  referenceResolver(Offtake, { elements, sources: SOURCES }),
  referenceResolver(ElementVolume, { area: (volume: { areaId?: string }) => (volume.areaId === 'WORLD' ? null : volume.areaId), elements, sources: SOURCES }),
];
