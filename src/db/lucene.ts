/** Lucene's query syntax characters; escaped so user text is always searched as words. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Longest word kept. The index analyzer cuts longer tokens into 255-character pieces, each its own
 * clause: one huge word would exceed Lucene's 1,024-clause limit and fail the query.
 */
const MAX_WORD_LENGTH = 64;

/** Words of the user's text (at most 12, each cut to 64 characters), escaped; empty for text with no letters or digits. */
export function searchTerms(text: string): string[] {
  return text
    .normalize('NFKC')
    .replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .split(/\s+/)
    .map((word) => word.slice(0, MAX_WORD_LENGTH))
    .map((word) => word.replace(SPECIAL, (c) => `\\${c}`))
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, 12);
}

/**
 * A typo-tolerant full-text query: every word must match, exactly (boosted), as a prefix, or within
 * edit distance 1 (2 for long words).
 */
export function fuzzyQuery(text: string): string | undefined {
  const terms = searchTerms(text);
  if (!terms.length) return undefined;
  return terms
    .map((term) => {
      const distance = term.length >= 7 ? 2 : 1;
      const lower = term.toLowerCase();
      return `+(${lower}^3 OR ${lower}*^2 OR ${lower}~${distance})`;
    })
    .join(' ');
}
