import { registerEnumType } from 'type-graphql';
import * as vocabulary from '../../domain/vocabulary';

/** GraphQL enums generated from the shared vocabulary (src/domain/vocabulary.ts). */
function enumOf<T extends readonly string[]>(values: T, name: string, description: string): { [K in T[number]]: K } {
  const enumObject = Object.fromEntries(values.map((value) => [value, value])) as { [K in T[number]]: K };
  registerEnumType(enumObject, { name, description });
  return enumObject;
}

export const ElementGroup = enumOf(vocabulary.ELEMENT_GROUPS, 'ElementGroup', 'USGS convention: LIGHT = La–Gd, HEAVY = Tb–Lu and Y, NEITHER = Sc, NONE = not a rare earth.');
export type ElementGroup = keyof typeof ElementGroup;
export const SourceKind = enumOf(vocabulary.SOURCE_KINDS, 'SourceKind', 'PRIMARY = the issuer\'s own document; PRIMARY_COPY = its text on a mirror; SECONDARY = news or analysis; ARTICLE = the 2020 article the project started from.');
export type SourceKind = keyof typeof SourceKind;
