import { z } from 'zod';
import { defineQuery, param } from '../query';
import { graphNode } from './shapes';

export const findElement = defineQuery({ name: 'queries/element/find-element', params: z.object({ identifier: param.text() }), row: z.object({ element: graphNode }) });

export const listElements = defineQuery({ name: 'queries/element/list-elements', params: z.object({ rareEarthsOnly: param.bool() }), row: z.object({ element: graphNode }) });
