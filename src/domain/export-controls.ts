import type { CONTROL_KINDS } from './vocabulary';

/** Kinds that restrict the export of the elements themselves (not technologies, not general rules). */
export const MATERIAL_CONTROL_KINDS: ReadonlyArray<(typeof CONTROL_KINDS)[number]> = ['EXPORT_QUOTA', 'EXPORT_DUTY', 'EXPORT_LICENSING', 'EXPORT_BAN', 'INFORMAL_HALT', 'EXTRATERRITORIAL_RULE', 'ENTITY_LISTING'];

export const isMaterialControl = (kind: string): boolean => (MATERIAL_CONTROL_KINDS as readonly string[]).includes(kind);
