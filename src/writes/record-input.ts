import type { RowGraph } from '../domain/records';
import { ENTITY_RECORDS, LINK_RECORDS, isEntityType, type LinkType, type RecordType } from './records';

/** Longest text one cell may hold: descriptions are paragraphs, not documents. */
export const MAX_CELL_CHARACTERS = 20000;

export interface RecordProblem {
  /** Where: `record.<column>` (API) or the CSV column name (import). */
  field: string;
  message: string;
}

export type ParsedRecord =
  | { ok: true; row: Record<string, unknown> & { sourceIds?: string[]; locationSourceIds?: string[] }; graph: RowGraph }
  | { ok: false; problems: RecordProblem[] };

// Control characters (line breaks included: one record is one CSV line) and the invisible
// direction overrides that make text read differently from what it holds.
const FORBIDDEN_CHARACTERS = /[\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

/**
 * One record, from JSON (API) or CSV cells (import), checked exactly like a seed row: the type's
 * columns only, each cell's format, the row's own rules; then turned into the graph parts it
 * stands for. Returns every problem found, each naming its field.
 */
export function parseRecord(type: RecordType, record: Record<string, unknown>, fieldPrefix = 'record.'): ParsedRecord {
  const file = isEntityType(type) ? ENTITY_RECORDS[type].file : LINK_RECORDS[type as LinkType].file;
  const columns = Object.keys(file.schema.shape);
  const problems: RecordProblem[] = [];
  const cells: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(record)) {
    if (!columns.includes(column)) {
      problems.push({ field: `${fieldPrefix}${shortened(column)}`, message: `is not a column of ${type} records (${columns.join(', ')})` });
      continue;
    }
    const cell = toCell(value);
    if (typeof cell === 'object' && cell !== null && 'problem' in cell) problems.push({ field: `${fieldPrefix}${column}`, message: cell.problem });
    else cells[column] = cell;
  }
  if (problems.length) return { ok: false, problems };
  // A column left out is an empty cell, as in the CSV form.
  for (const column of columns) if (!(column in cells)) cells[column] = '';
  const parsed = file.schema.safeParse(cells);
  if (!parsed.success) {
    return { ok: false, problems: (parsed.error.issues as Array<{ path: PropertyKey[]; message: string }>).map((issue) => ({ field: `${fieldPrefix}${issue.path.map(String).join('.') || columns[0]}`, message: issue.message })) };
  }
  const row = parsed.data as Record<string, unknown>;
  const ruleProblems = file.check?.(row) ?? [];
  // A rule about one column says so ("url: …"): the refusal names that column, not the whole record.
  const fieldOf = (message: string) => {
    const column = /^([A-Za-z]+): /.exec(message)?.[1];
    return column && columns.includes(column) ? `${fieldPrefix}${column}` : fieldPrefix.replace(/\.$/, '') || 'record';
  };
  if (ruleProblems.length) return { ok: false, problems: ruleProblems.map((message: string) => ({ field: fieldOf(message), message })) };
  return { ok: true, row, graph: file.toGraph(row) };
}

/** A JSON value as the CSV cell the seed parsers read (lists stay lists). */
function toCell(value: unknown): string | string[] | { problem: string } {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return checkText(value) ?? value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : { problem: 'must be a finite number' };
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) {
    const items: string[] = [];
    for (const item of value) {
      if (typeof item !== 'string' && typeof item !== 'number') return { problem: 'a list may hold texts and numbers only' };
      const text = String(item);
      const problem = checkText(text);
      if (problem) return problem;
      if (text.includes(';')) return { problem: 'list items cannot contain ";" (it separates items in the CSV form)' };
      items.push(text);
    }
    return items;
  }
  return { problem: 'must be a text, a number, true/false or a list' };
}

function checkText(text: string): { problem: string } | undefined {
  if (text.length > MAX_CELL_CHARACTERS) return { problem: `is longer than ${MAX_CELL_CHARACTERS} characters` };
  if (FORBIDDEN_CHARACTERS.test(text)) return { problem: 'contains a control character, a line break or an invisible direction override' };
  return undefined;
}

/** A caller's text as it may appear in an error: short, so a huge or hostile value is never echoed whole. */
export function shortened(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
