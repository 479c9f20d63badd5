import { z } from 'zod';
import { ValidationError } from '../errors';

/** A list position as an opaque cursor: the sort key and id of the last item seen (keyset pagination). */
export function encodeCursor(sortKey: unknown, id: string): string {
  return Buffer.from(JSON.stringify([sortKey, id])).toString('base64url');
}

const CURSOR = z.tuple([z.union([z.string(), z.number()]), z.string()]);

export function decodeCursor(cursor: string): { sortKey: string | number; id: string } {
  try {
    const [sortKey, id] = CURSOR.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { sortKey, id };
  } catch {
    throw new ValidationError('`after` is not a cursor returned by this list.', 'after');
  }
}

