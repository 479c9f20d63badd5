import { z } from 'zod';
import { CIRCUIT_STATUS_RANK } from '../status';
import { CONTENT_ROLES, CONTROL_LINK_TYPES, PARTY_ROLES, PROCESSING_ROLES, PROCESSING_STATUSES, STAKE_BASES, STAKE_STATUSES, SUPPLY_STATUSES } from '../vocabulary';
import { idWithPrefix, isoDate, number, oneOf, optionalOneOf, requiredText, sourceIds, text } from './columns';
import { anyId, defineRecordFile, elementSymbol, OWNED_LABELS, PARTY_LABELS, relationship, SITE_LABELS } from './graph-parts';

/** The relationship files: each row is one relationship between two existing ids. */

export const depositElements = defineRecordFile({
  file: 'deposit_elements.csv',
  schema: z.object({ depositId: idWithPrefix('dep-'), element: elementSymbol, role: oneOf(CONTENT_ROLES), content: text(), sharePct: number({ min: 0, max: 100 }), sourceIds: sourceIds() }),
  toGraph: (row) => ({
    nodes: [],
    relationships: [relationship('CONTAINS', row.depositId, row.element, 'content', { role: row.role, content: row.content, sharePct: row.sharePct }, ['Deposit'], ['Element'], ['depositId', 'element'])],
  }),
});

export const facilityElements = defineRecordFile({
  file: 'facility_elements.csv',
  schema: z.object({
    facilityId: idWithPrefix('fac-'),
    element: elementSymbol,
    role: oneOf(PROCESSING_ROLES),
    product: text(),
    capacityTonnesPerYear: number({ min: 0 }),
    status: oneOf(PROCESSING_STATUSES),
    note: text(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => ({
    nodes: [],
    relationships: [
      relationship(
        'PROCESSES',
        row.facilityId,
        row.element,
        `${row.role}:${row.product ?? ''}`,
        { role: row.role, product: row.product, capacityTonnesPerYear: row.capacityTonnesPerYear, status: row.status, statusRank: CIRCUIT_STATUS_RANK[row.status], note: row.note },
        ['Facility'],
        ['Element'],
        ['facilityId', 'element'],
      ),
    ],
  }),
});

export const stakes = defineRecordFile({
  file: 'stakes.csv',
  schema: z.object({
    ownerId: idWithPrefix('co-'),
    ownedId: anyId,
    stakePct: number({ min: 0, max: 100 }),
    stakeText: text(),
    basis: optionalOneOf(STAKE_BASES),
    asOf: isoDate(),
    until: isoDate(),
    status: oneOf(STAKE_STATUSES),
    note: text(),
    sourceIds: sourceIds(),
  }),
  toGraph: (row) => ({
    nodes: [],
    relationships: [
      relationship(
        'OWNS',
        row.ownerId,
        row.ownedId,
        `${row.status}:${row.basis ?? 'EQUITY'}:${row.asOf ?? ''}`,
        { stakePct: row.stakePct, stakeText: row.stakeText, basis: row.basis ?? 'EQUITY', asOf: row.asOf, until: row.until, status: row.status, note: row.note },
        ['Company'],
        OWNED_LABELS,
        ['ownerId', 'ownedId'],
      ),
    ],
  }),
  check: (row) => [
    ...(row.stakePct === undefined && !row.stakeText ? ['needs stakePct or stakeText'] : []),
    ...(row.until && row.asOf && row.until < row.asOf ? ['until is before asOf'] : []),
    ...(row.ownerId === row.ownedId ? ['an entity cannot own itself'] : []),
  ],
});

export const operators = defineRecordFile({
  file: 'operators.csv',
  schema: z.object({ companyId: idWithPrefix('co-'), siteId: anyId, since: isoDate(), until: isoDate(), note: text(), sourceIds: sourceIds() }),
  toGraph: (row) => ({
    nodes: [],
    relationships: [relationship('OPERATES', row.companyId, row.siteId, `${row.since ?? ''}`, { since: row.since, until: row.until, note: row.note }, ['Company'], SITE_LABELS, ['companyId', 'siteId'])],
  }),
});

export const supplyLinks = defineRecordFile({
  file: 'supply_links.csv',
  schema: z.object({ fromId: anyId, toId: anyId, product: requiredText(), since: isoDate(), until: isoDate(), status: oneOf(SUPPLY_STATUSES), note: text(), sourceIds: sourceIds() }),
  toGraph: (row) => ({
    nodes: [],
    relationships: [
      relationship('SUPPLIES', row.fromId, row.toId, `${row.product}:${row.since ?? ''}`, { product: row.product, since: row.since, until: row.until, status: row.status, note: row.note }, SITE_LABELS, ['Facility', 'Company', 'Country'], ['fromId', 'toId']),
    ],
  }),
});

export const agreementParties = defineRecordFile({
  file: 'agreement_parties.csv',
  schema: z.object({ agreementId: idWithPrefix('agr-'), partyId: anyId, role: oneOf(PARTY_ROLES), note: text(), sourceIds: sourceIds() }),
  toGraph: (row) => ({
    nodes: [],
    relationships: [relationship('PARTY_TO', row.partyId, row.agreementId, row.role, { role: row.role, note: row.note }, PARTY_LABELS, ['Agreement'], ['partyId', 'agreementId'])],
  }),
});

export const agreementCoverage = defineRecordFile({
  file: 'agreement_coverage.csv',
  schema: z.object({ agreementId: idWithPrefix('agr-'), targetId: anyId, note: text(), sourceIds: sourceIds() }),
  toGraph: (row) => ({
    nodes: [],
    relationships: [relationship('COVERS', row.agreementId, row.targetId, 'coverage', { note: row.note }, ['Agreement'], ['Element', 'Deposit', 'Facility'], ['agreementId', 'targetId'])],
  }),
});

export const exportControlElements = defineRecordFile({
  file: 'export_control_elements.csv',
  schema: z.object({ controlId: idWithPrefix('ec-'), element: elementSymbol, note: text(), sourceIds: sourceIds() }),
  toGraph: (row) => ({
    nodes: [],
    relationships: [relationship('CONTROLS', row.controlId, row.element, 'element', { note: row.note }, ['ExportControl'], ['Element'], ['controlId', 'element'])],
  }),
});

export const exportControlLinks = defineRecordFile({
  file: 'export_control_links.csv',
  schema: z.object({ fromId: idWithPrefix('ec-'), toId: idWithPrefix('ec-'), type: oneOf(CONTROL_LINK_TYPES), note: text(), sourceIds: sourceIds() }),
  toGraph: (row) => ({
    nodes: [],
    relationships: [relationship(row.type, row.fromId, row.toId, 'link', { note: row.note }, ['ExportControl'], ['ExportControl'], ['fromId', 'toId'])],
  }),
});

/** Every seed file, nodes first. */
