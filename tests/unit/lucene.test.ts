import { fuzzyQuery, searchTerms } from '../../src/db/lucene';

describe('full-text query building', () => {
  test('when the text holds Lucene syntax, then every special character is escaped and searched as a word', () => {
    expect(searchTerms('name:* OR (id:/.*/)')).toEqual(['name\\:\\*', 'OR', '\\(id\\:\\/.\\*\\/\\)']);
  });

  test('when a word is a megabyte long, then the query keeps its first 64 characters (the index would split it past Lucene\'s clause limit)', () => {
    const query = fuzzyQuery('terbium'.repeat(150000))!;
    expect(query.length).toBeLessThan(300);
    expect(searchTerms('x'.repeat(1048576))).toEqual(['x'.repeat(64)]);
  });

  test('when the text has no letters or digits, then there is no query', () => {
    expect(fuzzyQuery('*:* ~ ( \u202E \u0000')).toBeUndefined();
  });
});
